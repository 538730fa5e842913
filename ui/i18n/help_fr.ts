<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Help</name>
    <message>
        <location filename="../help.py" line="35"/>
        <source>The first start of Hangar on an empty database: try the demo hangar, or start your own.</source>
        <translation>Le premier démarrage de Hangar sur une base de données vide&#xa0;: essayer le hangar de démonstration, ou commencer le vôtre.</translation>
    </message>
    <message>
        <location filename="../help.py" line="38"/>
        <source>Try the demo hangar: made-up NGOs, people and stock, to learn and to train volunteers. Sign in as Admin, PIN 1234.</source>
        <translation>Essayer le hangar de démonstration&#xa0;: des ONG, des personnes et du stock inventés, pour apprendre et former les bénévoles. Connectez-vous en tant qu’Admin, code PIN 1234.</translation>
    </message>
    <message>
        <location filename="../help.py" line="41"/>
        <source>Start our hangar: your organisation&apos;s short code, name and colour, then the first administrator&apos;s name and PIN.</source>
        <translation>«&#xa0;Démarrer notre hangar&#xa0;»&#xa0;: le code court, le nom et la couleur de votre organisation, puis le nom et le code PIN du premier administrateur.</translation>
    </message>
    <message>
        <location filename="../help.py" line="43"/>
        <source>The hangar already has a server? Tap Use another database… and choose it in the settings.</source>
        <translation>Le hangar a déjà un serveur&#xa0;? Touchez «&#xa0;Utiliser une autre base de données…&#xa0;» et choisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../help.py" line="46"/>
        <source>When the database cannot be opened, the page says why: check the database in Settings, then tap Try again.</source>
        <translation>Quand la base de données ne peut pas être ouverte, la page dit pourquoi&#xa0;: vérifiez la base de données dans Paramètres, puis touchez «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <location filename="../help.py" line="50"/>
        <source>Everything you do in Hangar is recorded under your name: sign in before you start.</source>
        <translation>Tout ce que vous faites dans Hangar est enregistré à votre nom&#xa0;: connectez-vous avant de commencer.</translation>
    </message>
    <message>
        <location filename="../help.py" line="53"/>
        <source>Tap your organisation (the coloured button).</source>
        <translation>Touchez votre organisation (le bouton de couleur).</translation>
    </message>
    <message>
        <location filename="../help.py" line="54"/>
        <source>Tap your name.</source>
        <translation>Touchez votre nom.</translation>
    </message>
    <message>
        <location filename="../help.py" line="55"/>
        <source>Coordinators, leads, partners and admins type their PIN.</source>
        <translation>Coordinateurs, responsables, partenaires et administrateurs tapent leur code PIN.</translation>
    </message>
    <message>
        <location filename="../help.py" line="56"/>
        <source>At the intake desk, tick “Stay signed in for the whole shift”: “Switch volunteer” then brings back this shift&apos;s people in one tap.</source>
        <translation>Au poste de réception, cochez «&#xa0;Rester connecté·e pendant tout le service&#xa0;»&#xa0;: «&#xa0;Changer de bénévole&#xa0;» retrouve ensuite les personnes du service d’un seul geste.</translation>
    </message>
    <message>
        <location filename="../help.py" line="60"/>
        <source>Your name is not on the list, or your PIN is refused: ask a coordinator. They add people and reset PINs in Administration.</source>
        <translation>Votre nom n’est pas dans la liste, ou votre code PIN est refusé&#xa0;: demandez à un coordinateur. Il ajoute les personnes et réinitialise les codes PIN dans Administration.</translation>
    </message>
    <message>
        <location filename="../help.py" line="65"/>
        <source>The day and the month at a glance: donations received, stock per NGO, food expiring soon, items below their minimum, open loans, meals cooked and kits built.</source>
        <translation>La journée et le mois d’un coup d’œil&#xa0;: dons reçus, stock par ONG, denrées qui arrivent à date, articles sous leur minimum, prêts en cours, repas cuisinés et kits montés.</translation>
    </message>
    <message>
        <location filename="../help.py" line="69"/>
        <source>Read the big numbers at the top: today&apos;s receipts, kilograms, meals and kits.</source>
        <translation>Lisez les grands chiffres en haut&#xa0;: réceptions du jour, kilos, repas et kits.</translation>
    </message>
    <message>
        <location filename="../help.py" line="71"/>
        <source>Read the charts: each NGO has its own colour.</source>
        <translation>Lisez les graphiques&#xa0;: chaque ONG a sa couleur.</translation>
    </message>
    <message>
        <location filename="../help.py" line="72"/>
        <source>The figures refresh by themselves after each change and every few minutes.</source>
        <translation>Les chiffres se mettent à jour d’eux-mêmes après chaque changement et toutes les quelques minutes.</translation>
    </message>
    <message>
        <location filename="../help.py" line="74"/>
        <source>To act on what you see, open Stock, Give out or Transfers and loans.</source>
        <translation>Pour agir sur ce que vous voyez, ouvrez Stock, Distribuer ou Transferts et prêts.</translation>
    </message>
    <message>
        <location filename="../help.py" line="77"/>
        <source>Only coordinators and admins have this screen. An empty chart means nothing of that kind has happened yet.</source>
        <translation>Seuls les coordinateurs et les administrateurs ont cet écran. Un graphique vide veut dire que rien de ce genre n’a encore eu lieu.</translation>
    </message>
    <message>
        <location filename="../help.py" line="81"/>
        <source>Scan any label to see what it is: a box and what it holds, a shelf, a product, a lot.</source>
        <translation>Scannez n’importe quelle étiquette pour savoir ce que c’est&#xa0;: un carton et son contenu, une étagère, un produit, un lot.</translation>
    </message>
    <message>
        <location filename="../help.py" line="84"/>
        <source>Scan the label: there is nothing to tap first.</source>
        <translation>Scannez l’étiquette&#xa0;: rien à toucher avant.</translation>
    </message>
    <message>
        <location filename="../help.py" line="85"/>
        <source>Or type the code in the field and press Enter.</source>
        <translation>Ou tapez le code dans le champ, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../help.py" line="86"/>
        <source>Read the answer: what it is, where it is and which NGO owns it.</source>
        <translation>Lisez la réponse&#xa0;: ce que c’est, où c’est et à quelle ONG cela appartient.</translation>
    </message>
    <message>
        <location filename="../help.py" line="88"/>
        <source>A damaged box or shelf label? Tap Reprint label.</source>
        <translation>Une étiquette de carton ou d’étagère abîmée&#xa0;? Touchez «&#xa0;Réimprimer l’étiquette&#xa0;».</translation>
    </message>
    <message>
        <location filename="../help.py" line="90"/>
        <source>A red flash and a beep mean the code was not understood: scan it again, flat and steady. If it is still refused, the label is damaged: ask a coordinator.</source>
        <translation>Un éclair rouge et un bip&#xa0;: le code n’a pas été compris. Scannez-le à nouveau, bien à plat et sans bouger. S’il est encore refusé, l’étiquette est abîmée&#xa0;: demandez à un coordinateur.</translation>
    </message>
    <message>
        <location filename="../help.py" line="95"/>
        <source>Record a donation as it arrives, box by box, and print the box labels.</source>
        <translation>Enregistrer un don à son arrivée, carton par carton, et imprimer les étiquettes des cartons.</translation>
    </message>
    <message>
        <location filename="../help.py" line="98"/>
        <source>Tap the NGO the donation is for, then the donor (or “Donor not known: go on”).</source>
        <translation>Touchez l’ONG à qui est destiné le don, puis le donateur (ou «&#xa0;Donateur inconnu&#xa0;: continuer&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../help.py" line="100"/>
        <source>Scan each product. A whole case: scan one, then tap ×24 (or the right number). Clothes: tap Pick an item, the category, the item, then the sizes.</source>
        <translation>Scannez chaque produit. Un carton entier&#xa0;: scannez-en un, puis touchez ×24 (ou le bon nombre). Vêtements&#xa0;: touchez «&#xa0;Choisir un article&#xa0;», la catégorie, l’article, puis les tailles.</translation>
    </message>
    <message>
        <location filename="../help.py" line="103"/>
        <source>Tap Start a new box for each new box, and type its weight.</source>
        <translation>Touchez «&#xa0;Nouveau carton&#xa0;» pour chaque nouveau carton, et tapez son poids.</translation>
    </message>
    <message>
        <location filename="../help.py" line="105"/>
        <source>A mistake? Tap Undo last scan.</source>
        <translation>Une erreur&#xa0;? Touchez «&#xa0;Annuler le dernier scan&#xa0;».</translation>
    </message>
    <message>
        <location filename="../help.py" line="106"/>
        <source>Tap Finish: the receipt is saved and the box labels print. Stick one on each box, then take the boxes to the shelves (Move boxes).</source>
        <translation>Touchez «&#xa0;Terminer&#xa0;»&#xa0;: la réception est enregistrée et les étiquettes s’impriment. Collez-en une sur chaque carton, puis portez les cartons aux étagères (Déplacer des cartons).</translation>
    </message>
    <message>
        <location filename="../help.py" line="110"/>
        <source>A red message says why nothing was added: a misread barcode (scan it again) or a product Hangar does not know yet (say what it is in the window that opens). After a power cut, the unfinished receipt is offered back.</source>
        <translation>Un message rouge dit pourquoi rien n’a été ajouté&#xa0;: un code-barres mal lu (scannez-le à nouveau) ou un produit que Hangar ne connaît pas encore (dites ce que c’est dans la fenêtre qui s’ouvre). Après une coupure de courant, la réception non terminée est proposée à nouveau.</translation>
    </message>
    <message>
        <location filename="../help.py" line="116"/>
        <source>Put boxes on a shelf, or move them to another place, by scanning.</source>
        <translation>Ranger des cartons sur une étagère, ou les déplacer ailleurs, en scannant.</translation>
    </message>
    <message>
        <location filename="../help.py" line="119"/>
        <source>Scan each box label (BOX-…): the box appears in the list with what it holds and where it is now.</source>
        <translation>Scannez l’étiquette de chaque carton (BOX-…)&#xa0;: le carton apparaît dans la liste avec son contenu et l’endroit où il est.</translation>
    </message>
    <message>
        <location filename="../help.py" line="121"/>
        <source>Scan the label of the shelf (LOC-…) where you put them.</source>
        <translation>Scannez l’étiquette de l’étagère (LOC-…) où vous les posez.</translation>
    </message>
    <message>
        <location filename="../help.py" line="122"/>
        <source>Every box of the list moves there at once; the green message says how many.</source>
        <translation>Tous les cartons de la liste y sont déplacés d’un coup&#xa0;; le message vert dit combien.</translation>
    </message>
    <message>
        <location filename="../help.py" line="127"/>
        <source>A code that is neither a box nor a shelf is refused in red: look at the label and scan again.</source>
        <translation>Un code qui n’est ni un carton ni une étagère est refusé en rouge&#xa0;: regardez l’étiquette et scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../help.py" line="131"/>
        <source>What is in the hangar: each NGO&apos;s stock per item, lot and place, and every movement.</source>
        <translation>Ce qu’il y a dans le hangar&#xa0;: le stock de chaque ONG par article, lot et emplacement, et tous les mouvements.</translation>
    </message>
    <message>
        <location filename="../help.py" line="134"/>
        <source>Choose the owner and the filters: category, place, text, expiring soon, below minimum, quarantine.</source>
        <translation>Choisissez le propriétaire et les filtres&#xa0;: catégorie, emplacement, texte, bientôt périmé, sous le minimum, quarantaine.</translation>
    </message>
    <message>
        <location filename="../help.py" line="136"/>
        <source>Tap a column&apos;s title to sort by it.</source>
        <translation>Touchez le titre d’une colonne pour trier selon elle.</translation>
    </message>
    <message>
        <location filename="../help.py" line="137"/>
        <source>Double-tap a line, or scan a product, for its stock card: every movement and the balance.</source>
        <translation>Touchez deux fois une ligne, ou scannez un produit, pour sa fiche de stock&#xa0;: tous les mouvements et le solde.</translation>
    </message>
    <message>
        <location filename="../help.py" line="139"/>
        <source>Scan a box to see what it holds and its history.</source>
        <translation>Scannez un carton pour voir son contenu et son historique.</translation>
    </message>
    <message>
        <location filename="../help.py" line="142"/>
        <source>A partner NGO sees its own stock only: another NGO&apos;s stock card is refused. Ask that NGO or a coordinator.</source>
        <translation>Une ONG partenaire ne voit que son propre stock&#xa0;: la fiche de stock d’une autre ONG est refusée. Demandez à cette ONG ou à un coordinateur.</translation>
    </message>
    <message>
        <location filename="../help.py" line="146"/>
        <source>Record goods leaving the hangar for a distribution site or another group, with a release note.</source>
        <translation>Enregistrer les biens qui quittent le hangar pour un site de distribution ou un autre groupe, avec un bon de sortie.</translation>
    </message>
    <message>
        <location filename="../help.py" line="149"/>
        <source>Choose the NGO whose stock goes out, and where it goes.</source>
        <translation>Choisissez l’ONG dont le stock sort, et sa destination.</translation>
    </message>
    <message>
        <location filename="../help.py" line="152"/>
        <source>Take the lots Hangar suggests: those that expire first.</source>
        <translation>Prenez les lots que Hangar propose&#xa0;: ceux qui périment en premier.</translation>
    </message>
    <message>
        <location filename="../help.py" line="153"/>
        <source>Tap Finish: the distribution is saved and its release note shown, to print or save as a PDF.</source>
        <translation>Touchez «&#xa0;Terminer&#xa0;»&#xa0;: la distribution est enregistrée et son bon de sortie s’affiche, à imprimer ou à enregistrer en PDF.</translation>
    </message>
    <message>
        <location filename="../help.py" line="156"/>
        <source>Nothing is saved while a line is refused: food past its use-by date, not enough stock, or another NGO&apos;s stock. The message names the item and what is there: change the line or remove it.</source>
        <translation>Rien n’est enregistré tant qu’une ligne est refusée&#xa0;: denrée dont la DLC est dépassée, stock insuffisant, ou stock d’une autre ONG. Le message nomme l’article et ce qu’il y a&#xa0;: modifiez la ligne ou retirez-la.</translation>
    </message>
    <message>
        <location filename="../help.py" line="162"/>
        <source>Give stock to another NGO (the goods may stay where they are), lend it until a date, and record loans paid back.</source>
        <translation>Céder du stock à une autre ONG (les biens peuvent rester où ils sont), le prêter jusqu’à une date, et enregistrer les prêts rendus.</translation>
    </message>
    <message>
        <location filename="../help.py" line="165"/>
        <source>Transfer: choose from which NGO to which, the item and the quantity.</source>
        <translation>Transfert&#xa0;: choisissez de quelle ONG à quelle ONG, l’article et la quantité.</translation>
    </message>
    <message>
        <location filename="../help.py" line="167"/>
        <source>Lend: the same, with the date it should come back.</source>
        <translation>Prêt&#xa0;: la même chose, avec la date de retour prévue.</translation>
    </message>
    <message>
        <location filename="../help.py" line="168"/>
        <source>Repay: choose an open loan, then repay all of it or part.</source>
        <translation>Remboursement&#xa0;: choisissez un prêt en cours, puis rendez-le en tout ou en partie.</translation>
    </message>
    <message>
        <location filename="../help.py" line="170"/>
        <source>The table lists each NGO&apos;s open loans; late ones stand out.</source>
        <translation>Le tableau liste les prêts en cours de chaque ONG&#xa0;; ceux en retard sont mis en évidence.</translation>
    </message>
    <message>
        <location filename="../help.py" line="173"/>
        <source>You may give or lend only stock you may act for, and never more than is there: the message says what is there. Coordinators act for every NGO.</source>
        <translation>Vous ne pouvez céder ou prêter que le stock pour lequel vous pouvez agir, et jamais plus qu’il n’y en a&#xa0;: le message dit ce qu’il y a. Les coordinateurs agissent pour toutes les ONG.</translation>
    </message>
    <message>
        <location filename="../help.py" line="178"/>
        <source>Log the meal batches: ingredients taken from stock, temperatures, use-by, labels and dispatch.</source>
        <translation>Enregistrer les lots de repas&#xa0;: ingrédients pris dans le stock, températures, DLC, étiquettes et envoi.</translation>
    </message>
    <message>
        <location filename="../help.py" line="181"/>
        <source>Log a batch: tap the recipe, type the portions, check the ingredients Hangar proposes (oldest date first) and tap Cook.</source>
        <translation>Enregistrer un lot&#xa0;: touchez la recette, tapez le nombre de portions, vérifiez les ingrédients que Hangar propose (la date la plus proche d’abord) et touchez «&#xa0;Cuisiner&#xa0;».</translation>
    </message>
    <message>
        <location filename="../help.py" line="184"/>
        <source>Type each temperature when you take it: end of cooking, cooling, hot holding.</source>
        <translation>Tapez chaque température au moment où vous la prenez&#xa0;: fin de cuisson, refroidissement, maintien au chaud.</translation>
    </message>
    <message>
        <location filename="../help.py" line="186"/>
        <source>Print one label per container.</source>
        <translation>Imprimez une étiquette par contenant.</translation>
    </message>
    <message>
        <location filename="../help.py" line="187"/>
        <source>Dispatch the portions to a site; discard what is left, with the reason.</source>
        <translation>Envoyez les portions à un site&#xa0;; jetez ce qui reste, avec la raison.</translation>
    </message>
    <message>
        <location filename="../help.py" line="190"/>
        <source>A failed temperature check puts the batch on hold: labels and dispatch are refused until a corrective action is recorded. Food past its use-by date is never cooked.</source>
        <translation>Un relevé de température non conforme bloque le lot&#xa0;: étiquettes et envoi sont refusés tant qu’une action corrective n’est pas enregistrée. Une denrée dont la DLC est dépassée n’est jamais cuisinée.</translation>
    </message>
    <message>
        <location filename="../help.py" line="195"/>
        <source>Answer a recall in a minute: where a lot went, and where a meal batch came from.</source>
        <translation>Répondre à un rappel en une minute&#xa0;: où un lot est allé, et d’où vient un lot de repas.</translation>
    </message>
    <message>
        <location filename="../help.py" line="198"/>
        <source>Scan or type a lot code, a donation number (DON-…), a product barcode or a meal batch (MB-…).</source>
        <translation>Scannez ou tapez un code de lot, un numéro de don (DON-…), un code-barres produit ou un lot de repas (MB-…).</translation>
    </message>
    <message>
        <location filename="../help.py" line="200"/>
        <source>Read the answer: the donor, the batches and kits that used it, where the portions went, what is still on the shelves.</source>
        <translation>Lisez la réponse&#xa0;: le donateur, les lots de repas et les kits qui l’ont utilisé, où sont allées les portions, ce qui reste sur les étagères.</translation>
    </message>
    <message>
        <location filename="../help.py" line="205"/>
        <source>Nothing found: Hangar has no lot, donation or batch with that code. Check the code on the label or in the supplier&apos;s notice.</source>
        <translation>Rien trouvé&#xa0;: Hangar n’a aucun lot, don ou lot de repas avec ce code. Vérifiez le code sur l’étiquette ou dans l’avis du fournisseur.</translation>
    </message>
    <message>
        <location filename="../help.py" line="210"/>
        <source>Build shelter kits from parts, and see how many the stock allows now.</source>
        <translation>Monter des kits d’abri à partir de pièces, et voir combien le stock en permet maintenant.</translation>
    </message>
    <message>
        <location filename="../help.py" line="213"/>
        <source>Choose the kit design: the big number is how many kits can be built, with the parts that limit it.</source>
        <translation>Choisissez le modèle de kit&#xa0;: le grand nombre dit combien de kits on peut monter, avec les pièces qui limitent.</translation>
    </message>
    <message>
        <location filename="../help.py" line="215"/>
        <source>Type a target to see what is missing for it.</source>
        <translation>Tapez un objectif pour voir ce qui manque pour l’atteindre.</translation>
    </message>
    <message>
        <location filename="../help.py" line="216"/>
        <source>Type how many to build and tap Build: the parts leave the stock and each kit gets its label.</source>
        <translation>Tapez combien en monter et touchez «&#xa0;Monter&#xa0;»&#xa0;: les pièces sortent du stock et chaque kit reçoit son étiquette.</translation>
    </message>
    <message>
        <location filename="../help.py" line="124"/>
        <source>A box scanned by mistake: tap Remove box before you scan the shelf. Undo last move takes back the last move.</source>
        <translation>Un carton scanné par erreur&#xa0;: touchez «&#xa0;Retirer le carton&#xa0;» avant de scanner l’étagère. «&#xa0;Annuler le dernier déplacement&#xa0;» revient sur le dernier déplacement.</translation>
    </message>
    <message>
        <location filename="../help.py" line="140"/>
        <source>Export to Excel saves the list as you see it.</source>
        <translation>«&#xa0;Exporter vers Excel&#xa0;» enregistre la liste telle que vous la voyez.</translation>
    </message>
    <message>
        <location filename="../help.py" line="150"/>
        <source>Scan each product, box or lot, or pick the item; type the quantity, then tap Add line.</source>
        <translation>Scannez chaque produit, carton ou lot, ou choisissez l’article&#xa0;; tapez la quantité, puis touchez «&#xa0;Ajouter la ligne&#xa0;».</translation>
    </message>
    <message>
        <location filename="../help.py" line="203"/>
        <source>Tap Export to Excel to keep it for the recall.</source>
        <translation>Touchez «&#xa0;Exporter vers Excel&#xa0;» pour la garder pour le rappel.</translation>
    </message>
    <message>
        <location filename="../help.py" line="218"/>
        <source>To take a kit apart, scan its label (KIT-…), check the parts and tap Take this kit apart: they go back into stock.</source>
        <translation>Pour démonter un kit, scannez son étiquette (KIT-…), vérifiez les pièces et touchez «&#xa0;Démonter ce kit&#xa0;»&#xa0;: elles reviennent dans le stock.</translation>
    </message>
    <message>
        <location filename="../help.py" line="222"/>
        <source>Build is refused when parts are missing: the message names the part and how many are there.</source>
        <translation>Le montage est refusé quand des pièces manquent&#xa0;: le message nomme la pièce et combien il y en a.</translation>
    </message>
    <message>
        <location filename="../help.py" line="226"/>
        <source>Count what is really on the shelves, so that each NGO&apos;s books match them.</source>
        <translation>Compter ce qu’il y a vraiment sur les étagères, pour que les comptes de chaque ONG y correspondent.</translation>
    </message>
    <message>
        <location filename="../help.py" line="229"/>
        <source>A coordinator starts a count for an NGO, over a place or a category (blind: the counters do not see the book quantities).</source>
        <translation>Un coordinateur lance un inventaire pour une ONG, sur un emplacement ou une catégorie (à l’aveugle&#xa0;: les compteurs ne voient pas les quantités théoriques).</translation>
    </message>
    <message>
        <location filename="../help.py" line="232"/>
        <source>Scan the shelf, then each box or item on it: each scan adds one pack. Correct a line with the keypad.</source>
        <translation>Scannez l’étagère, puis chaque carton ou article posé dessus&#xa0;: chaque scan ajoute un conditionnement. Corrigez une ligne avec le pavé numérique.</translation>
    </message>
    <message>
        <location filename="../help.py" line="234"/>
        <source>Tap Place done when a shelf is finished, and Submit at the end.</source>
        <translation>Touchez «&#xa0;Emplacement terminé&#xa0;» quand une étagère est finie, et «&#xa0;Envoyer&#xa0;» à la fin.</translation>
    </message>
    <message>
        <location filename="../help.py" line="236"/>
        <source>A coordinator who did not count reviews each difference with a reason, asks for recounts, then approves.</source>
        <translation>Un coordinateur qui n’a pas compté examine chaque écart avec une raison, demande des recomptages, puis approuve.</translation>
    </message>
    <message>
        <location filename="../help.py" line="239"/>
        <source>Whoever counted cannot approve the same count: another coordinator reviews it.</source>
        <translation>Qui a compté ne peut pas approuver le même inventaire&#xa0;: un autre coordinateur l’examine.</translation>
    </message>
    <message>
        <location filename="../help.py" line="243"/>
        <source>An NGO&apos;s monthly stock report, as a spreadsheet its logistician recognises.</source>
        <translation>Le rapport de stock mensuel d’une ONG, dans un tableur que son logisticien reconnaît.</translation>
    </message>
    <message>
        <location filename="../help.py" line="246"/>
        <source>Choose the month.</source>
        <translation>Choisissez le mois.</translation>
    </message>
    <message>
        <location filename="../help.py" line="247"/>
        <source>Choose the organisation (coordinators: any NGO, or all of them with the hangar&apos;s summary).</source>
        <translation>Choisissez l’organisation (coordinateurs&#xa0;: n’importe quelle ONG, ou toutes avec la synthèse du hangar).</translation>
    </message>
    <message>
        <location filename="../help.py" line="249"/>
        <source>Choose the folder.</source>
        <translation>Choisissez le dossier.</translation>
    </message>
    <message>
        <location filename="../help.py" line="250"/>
        <source>Tap Export and wait for the bar; Open folder shows the files.</source>
        <translation>Touchez «&#xa0;Exporter&#xa0;» et attendez la barre&#xa0;; «&#xa0;Ouvrir le dossier&#xa0;» montre les fichiers.</translation>
    </message>
    <message>
        <location filename="../help.py" line="253"/>
        <source>A partner NGO exports its own report only. Cancel stops a long export.</source>
        <translation>Une ONG partenaire n’exporte que son propre rapport. «&#xa0;Annuler&#xa0;» arrête un long export.</translation>
    </message>
    <message>
        <location filename="../help.py" line="257"/>
        <source>Bring stock or donations in from a spreadsheet: an opening count, a donation log.</source>
        <translation>Faire entrer du stock ou des dons depuis un tableur&#xa0;: un inventaire de départ, un registre des dons.</translation>
    </message>
    <message>
        <location filename="../help.py" line="260"/>
        <source>Choose the file, what it holds (stock or donations) and the NGO.</source>
        <translation>Choisissez le fichier, ce qu’il contient (stock ou dons) et l’ONG.</translation>
    </message>
    <message>
        <location filename="../help.py" line="262"/>
        <source>Check what each column means and correct it if needed: Hangar remembers.</source>
        <translation>Vérifiez ce que veut dire chaque colonne et corrigez si besoin&#xa0;: Hangar s’en souvient.</translation>
    </message>
    <message>
        <location filename="../help.py" line="264"/>
        <source>Tap Check the rows: every refused row is listed with its row, column and problem.</source>
        <translation>Touchez «&#xa0;Vérifier les lignes&#xa0;»&#xa0;: chaque ligne refusée est listée avec sa ligne, sa colonne et le problème.</translation>
    </message>
    <message>
        <location filename="../help.py" line="266"/>
        <source>Correct the sheet and read it again, or import the good rows only.</source>
        <translation>Corrigez la feuille et relisez-la, ou n’importez que les bonnes lignes.</translation>
    </message>
    <message>
        <location filename="../help.py" line="269"/>
        <source>Nothing is written while rows are refused, unless you choose to import the good rows only.</source>
        <translation>Rien n’est écrit tant que des lignes sont refusées, sauf si vous choisissez de n’importer que les bonnes lignes.</translation>
    </message>
    <message>
        <location filename="../help.py" line="273"/>
        <source>Who did what, and when: every document posted and every change.</source>
        <translation>Qui a fait quoi, et quand&#xa0;: chaque document enregistré et chaque modification.</translation>
    </message>
    <message>
        <location filename="../help.py" line="276"/>
        <source>Filter by person, dates or kind of document.</source>
        <translation>Filtrez par personne, par dates ou par type de document.</translation>
    </message>
    <message>
        <location filename="../help.py" line="277"/>
        <source>Read the list, newest first.</source>
        <translation>Lisez la liste, la plus récente en premier.</translation>
    </message>
    <message>
        <location filename="../help.py" line="278"/>
        <source>Use it to find who received, moved or gave out something.</source>
        <translation>Servez-vous-en pour retrouver qui a reçu, déplacé ou distribué quelque chose.</translation>
    </message>
    <message>
        <location filename="../help.py" line="281"/>
        <source>Only coordinators and admins have this screen. Nothing in it can be edited: a mistake is put right by a new document, never by changing the past.</source>
        <translation>Seuls les coordinateurs et les administrateurs ont cet écran. Rien ne s’y modifie&#xa0;: une erreur se corrige par un nouveau document, jamais en changeant le passé.</translation>
    </message>
    <message>
        <location filename="../help.py" line="286"/>
        <source>The hangar&apos;s organisations, people, places and catalogue of items.</source>
        <translation>Les organisations du hangar, les personnes, les emplacements et le catalogue des articles.</translation>
    </message>
    <message>
        <location filename="../help.py" line="289"/>
        <source>People: to add a volunteer, type the name, choose the organisation and press Enter. Other roles need a PIN.</source>
        <translation>Personnes&#xa0;: pour ajouter un·e bénévole, tapez le nom, choisissez l’organisation et appuyez sur Entrée. Les autres rôles ont besoin d’un code PIN.</translation>
    </message>
    <message>
        <location filename="../help.py" line="291"/>
        <source>Reset a PIN, or deactivate someone who has left.</source>
        <translation>Réinitialisez un code PIN, ou désactivez une personne partie.</translation>
    </message>
    <message>
        <location filename="../help.py" line="292"/>
        <source>Locations: add a zone, an aisle or a shelf, and print the labels of a whole zone at once.</source>
        <translation>Emplacements&#xa0;: ajoutez une zone, une allée ou une étagère, et imprimez d’un coup les étiquettes de toute une zone.</translation>
    </message>
    <message>
        <location filename="../help.py" line="294"/>
        <source>Catalogue: add items, and link a product barcode with its pack quantity by scanning it on that page.</source>
        <translation>Catalogue&#xa0;: ajoutez des articles, et associez un code-barres produit à sa quantité par conditionnement en le scannant sur cette page.</translation>
    </message>
    <message>
        <location filename="../help.py" line="297"/>
        <source>Only admins add organisations; coordinators look after people, places and items. A refused action says why.</source>
        <translation>Seuls les administrateurs ajoutent des organisations&#xa0;; les coordinateurs s’occupent des personnes, des emplacements et des articles. Une action refusée dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../help.py" line="301"/>
        <source>How this computer works with Hangar: the database, the label printer, the language and the scanner.</source>
        <translation>Comment cet ordinateur travaille avec Hangar&#xa0;: la base de données, l’imprimante d’étiquettes, la langue et le scanner.</translation>
    </message>
    <message>
        <location filename="../help.py" line="304"/>
        <source>Database: a file on this computer, or the hangar&apos;s server (PostgreSQL). Tap Test connection before you save.</source>
        <translation>Base de données&#xa0;: un fichier sur cet ordinateur, ou le serveur du hangar (PostgreSQL). Touchez «&#xa0;Tester la connexion&#xa0;» avant d’enregistrer.</translation>
    </message>
    <message>
        <location filename="../help.py" line="306"/>
        <source>Choose the label printer and the label size.</source>
        <translation>Choisissez l’imprimante d’étiquettes et le format d’étiquette.</translation>
    </message>
    <message>
        <location filename="../help.py" line="307"/>
        <source>Language: English or Français, applied at once.</source>
        <translation>Langue&#xa0;: English ou Français, appliquée tout de suite.</translation>
    </message>
    <message>
        <location filename="../help.py" line="308"/>
        <source>Scanner: scan into the test field. If a scan arrives as typing, raise the longest pause between keys.</source>
        <translation>Scanner&#xa0;: scannez dans le champ de test. Si un scan arrive comme une frappe au clavier, augmentez la pause maximale entre deux touches.</translation>
    </message>
    <message>
        <location filename="../help.py" line="311"/>
        <source>Test connection failed: check the server&apos;s name, the database and the password with whoever set up the server.</source>
        <translation>Le test de connexion a échoué&#xa0;: vérifiez le nom du serveur, la base de données et le mot de passe avec la personne qui a installé le serveur.</translation>
    </message>
    <message>
        <location filename="../help.py" line="316"/>
        <source>Signing in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../help.py" line="317"/>
        <source>Starting Hangar</source>
        <translation>Démarrer Hangar</translation>
    </message>
    <message>
        <location filename="../help.py" line="319"/>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <location filename="../help.py" line="320"/>
        <source>Step by step</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location filename="../help.py" line="321"/>
        <source>When it says no</source>
        <translation>Quand il dit non</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../help_dialog.py" line="47"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../help_dialog.py" line="51"/>
        <source>Help: {screen}</source>
        <translation>Aide&#xa0;: {screen}</translation>
    </message>
</context>
</TS>
