<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DelayedProgress</name>
    <message>
        <location filename="../progress.py" line="67"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location filename="../progress.py" line="68"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../progress.py" line="75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../progress.py" line="94"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../error_dialog.py" line="30"/>
        <source>Not done</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <location filename="../error_dialog.py" line="35"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../error_dialog.py" line="36"/>
        <source>Something unexpected went wrong.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <location filename="../error_dialog.py" line="37"/>
        <source>Nothing was half-saved. Please tell the coordinator what you were doing; the details below help to fix it.</source>
        <translation>Rien n&apos;a été enregistré à moitié. Dites à la coordination ce que vous faisiez&#xa0;; les détails ci-dessous aideront à corriger le problème.</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../screens/first_run.py" line="156"/>
        <source>Filling the demo hangar…</source>
        <translation>Remplissage du hangar de démonstration…</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="160"/>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="166"/>
        <source>Creating the hangar…</source>
        <translation>Création du hangar…</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="181"/>
        <source>Welcome to Hangar</source>
        <translation>Bienvenue dans Hangar</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="182"/>
        <source>This database is empty. How do you want to start?</source>
        <translation>Cette base de données est vide. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="183"/>
        <source>Try the demo hangar</source>
        <translation>Essayer le hangar de démonstration</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="185"/>
        <source>Made-up NGOs, their people, a catalogue and some stock: to learn and to train volunteers. Nothing in it is real.</source>
        <translation>Des ONG inventées, leurs équipes, un catalogue et du stock&#xa0;: pour apprendre et former les bénévoles. Rien n&apos;y est réel.</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="187"/>
        <source>Start our hangar</source>
        <translation>Démarrer notre hangar</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="189"/>
        <source>Create your organisation and its first administrator; add the other NGOs and people after signing in.</source>
        <translation>Créez votre organisation et son premier compte d&apos;administration&#xa0;; ajoutez les autres ONG et les personnes une fois connecté·e.</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="191"/>
        <source>Use another database…</source>
        <translation>Utiliser une autre base de données…</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="192"/>
        <source>Your organisation and its administrator</source>
        <translation>Votre organisation et son administrateur·rice</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="194"/>
        <source>Short code (e.g. AID)</source>
        <translation>Code court (ex. AID)</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="194"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="195"/>
        <source>Colour on labels</source>
        <translation>Couleur sur les étiquettes</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="195"/>
        <source>Administrator&apos;s name</source>
        <translation>Nom de l&apos;administrateur·rice</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="196"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>Code PIN (4 à 8 chiffres)</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="196"/>
        <source>PIN again</source>
        <translation>Code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="199"/>
        <source>Create the hangar</source>
        <translation>Créer le hangar</translation>
    </message>
    <message>
        <location filename="../screens/first_run.py" line="200"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../screens/imports.py" line="38"/>
        <source>Stock on hand (opening balances or a count)</source>
        <translation>Stock en main (soldes d&apos;ouverture ou inventaire)</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="39"/>
        <source>Donations received</source>
        <translation>Dons reçus</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="42"/>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="43"/>
        <source>Item code</source>
        <translation>Code article</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="44"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="45"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="46"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="47"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="48"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="49"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="50"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="51"/>
        <source>Expiry date (use-by or best-before)</source>
        <translation>Date de péremption (DLC ou DDM)</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="52"/>
        <source>Use-by date</source>
        <translation>DLC (date limite de consommation)</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="53"/>
        <source>Best-before date</source>
        <translation>DDM (date de durabilité minimale)</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="54"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="55"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="56"/>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="57"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="58"/>
        <source>Donor type</source>
        <translation>Type de donateur</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="59"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="60"/>
        <source>Boxes</source>
        <translation>Cartons</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="62"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="63"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="64"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="146"/>
        <source>Step 1 of 4: the spreadsheet, what it holds, whose it is.</source>
        <translation>Étape 1 sur 4 : le tableur, ce qu&apos;il contient, à qui il appartient.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="147"/>
        <source>Step 2 of 4: what each column holds.</source>
        <translation>Étape 2 sur 4 : ce que contient chaque colonne.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="148"/>
        <source>Step 3 of 4: the rows checked; nothing is written yet.</source>
        <translation>Étape 3 sur 4 : les lignes vérifiées ; rien n&apos;est encore écrit.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="149"/>
        <source>Step 4 of 4: done.</source>
        <translation>Étape 4 sur 4 : terminé.</translation>
    </message>
</context>
<context>
    <name>ImportWizardScreen</name>
    <message>
        <location filename="../screens/imports.py" line="159"/>
        <source>Spreadsheet to import</source>
        <translation>Tableur à importer</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="160"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="177"/>
        <source>Choose a spreadsheet first.</source>
        <translation>Choisissez d&apos;abord un tableur.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="201"/>
        <source>Sheet “{sheet}”: the column titles are on row {row}. Correct what each column holds if needed; it is remembered for sheets laid out the same.</source>
        <translation>Feuille « {sheet} » : les titres des colonnes sont sur la ligne {row}. Corrigez au besoin ce que contient chaque colonne ; ce sera retenu pour les feuilles disposées de la même façon.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="222"/>
        <source>{good} row(s) can be imported, {bad} refused, {skipped} skipped (blank or total rows).</source>
        <translation>{good} ligne(s) importable(s), {bad} refusée(s), {skipped} ignorée(s) (lignes vides ou de total).</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="227"/>
        <source>Items to create: {names}</source>
        <translation>Articles à créer : {names}</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="241"/>
        <source>Imported {good} row(s): {documents}.</source>
        <translation>{good} ligne(s) importée(s) : {documents}.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="244"/>
        <source>{bad} refused row(s) left out.</source>
        <translation>{bad} ligne(s) refusée(s) laissée(s) de côté.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="248"/>
        <source>Nothing was written: {bad} row(s) refused. Correct the sheet, or choose to import the good rows only.</source>
        <translation>Rien n&apos;a été écrit : {bad} ligne(s) refusée(s). Corrigez la feuille, ou choisissez de n&apos;importer que les bonnes lignes.</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="264"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="264"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="272"/>
        <source>Reading the sheet…</source>
        <translation>Lecture de la feuille…</translation>
    </message>
    <message>
        <location filename="../screens/imports.py" line="301"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ImportWizardView</name>
    <message>
        <location filename="../screens/imports_view.py" line="187"/>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="188"/>
        <source>Spreadsheet (.xlsx)</source>
        <translation>Tableur (.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="189"/>
        <source>What it holds</source>
        <translation>Ce qu&apos;il contient</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="190"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="191"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="192"/>
        <source>Read the sheet ›</source>
        <translation>Lire la feuille ›</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="193"/>
        <location filename="../screens/imports_view.py" line="195"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="194"/>
        <source>Check the rows ›</source>
        <translation>Vérifier les lignes ›</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="196"/>
        <source>Create the items the catalogue lacks</source>
        <translation>Créer les articles absents du catalogue</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="197"/>
        <source>Import the good rows only (the refused rows are left out)</source>
        <translation>N&apos;importer que les bonnes lignes (les lignes refusées sont laissées de côté)</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="198"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="199"/>
        <source>Import another sheet</source>
        <translation>Importer une autre feuille</translation>
    </message>
    <message>
        <location filename="../screens/imports_view.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../screens/intake/screen.py" line="121"/>
        <source>A receipt was not finished: {lines} line(s) for {owner}, started by {who}.</source>
        <translation>Une réception n’a pas été terminée : {lines} ligne(s) pour {owner}, commencée par {who}.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="131"/>
        <source>Welcome back: the receipt is as it was left.</source>
        <translation>Vous revoilà : la réception est comme elle a été laissée.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="180"/>
        <source>Scan the first product, or pick it.</source>
        <translation>Scannez le premier produit, ou choisissez-le.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="194"/>
        <source>Choose the donor (or “Donor not known”) first, then scan.</source>
        <translation>Choisissez d’abord le donateur (ou « Donateur inconnu »), puis scannez.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="196"/>
        <source>Tap the organisation first, then scan.</source>
        <translation>Touchez d’abord l’organisation, puis scannez.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="201"/>
        <source>Say what this barcode is first (or Cancel), then scan the next one.</source>
        <translation>Dites d’abord ce qu’est ce code-barres (ou Annuler), puis scannez le suivant.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="222"/>
        <source>Now filling {box}: the next items go into it.</source>
        <translation>Remplissage de {box} : les articles suivants y vont.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="228"/>
        <source>Misread barcode ({problem}). Nothing was added: scan it again.</source>
        <translation>Code-barres mal lu ({problem}). Rien n’a été ajouté : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="233"/>
        <source>{code} is not a product: nothing was added.</source>
        <translation>{code} n’est pas un produit : rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="239"/>
        <source>This barcode is new to the hangar: say what it is.</source>
        <translation>Ce code-barres est nouveau au hangar : dites ce que c’est.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="250"/>
        <source>Added {count} {unit} {item}: {total} in this line.</source>
        <translation>Ajouté {count} {unit} {item} : {total} sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="263"/>
        <source>Added {sizes}.</source>
        <translation>Ajouté {sizes}.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="295"/>
        <source>Scan something first, then tap ×{n}.</source>
        <translation>Scannez d’abord un article, puis touchez ×{n}.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="299"/>
        <source>{item}: {total} in this line.</source>
        <translation>{item} : {total} sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="334"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="337"/>
        <source>Undone. The list shows what will be saved.</source>
        <translation>Annulé. La liste montre ce qui sera enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="342"/>
        <source>Box {number}: the next items go into it.</source>
        <translation>Carton {number} : les articles suivants y vont.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="347"/>
        <source>There is nothing to save yet.</source>
        <translation>Il n’y a encore rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="353"/>
        <source>Saving the receipt…</source>
        <translation>Enregistrement de la réception…</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="366"/>
        <source>Saved {code} on {day}: {lines} line(s) in {boxes} new box(es). Next donation: tap the organisation.</source>
        <translation>{code} enregistré le {day} : {lines} ligne(s) dans {boxes} nouveau(x) carton(s). Don suivant : touchez l’organisation.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="370"/>
        <source>It was begun on {begun}: it counts on {day}, the day it was finished.</source>
        <translation>Commencé le {begun}, il compte pour le {day}, jour où il a été terminé.</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="376"/>
        <source>Box labels of {code}</source>
        <translation>Étiquettes des cartons de {code}</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="398"/>
        <source>Tap again to throw this receipt away</source>
        <translation>Touchez encore pour jeter cette réception</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="420"/>
        <source>Filling {box}</source>
        <translation>Remplissage de {box}</translation>
    </message>
    <message>
        <location filename="../screens/intake/screen.py" line="422"/>
        <source>Filling box {number}</source>
        <translation>Remplissage du carton {number}</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../screens/intake/view.py" line="283"/>
        <source>From: {donor}</source>
        <translation>De : {donor}</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="284"/>
        <source>Donor not given</source>
        <translation>Donateur non indiqué</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="296"/>
        <source>Receive a donation</source>
        <translation>Recevoir un don</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="297"/>
        <source>Who is this donation for? Tap the organisation.</source>
        <translation>Pour qui est ce don ? Touchez l’organisation.</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="298"/>
        <source>Continue it</source>
        <translation>La continuer</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="299"/>
        <source>Throw it away</source>
        <translation>La jeter</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="300"/>
        <source>Who gave it?</source>
        <translation>Qui l’a donné ?</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="301"/>
        <source>Type a few letters of the donor&apos;s name</source>
        <translation>Tapez quelques lettres du nom du donateur</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="302"/>
        <source>Not in the list? Type the name above, tap what they are, then “Add donor”.</source>
        <translation>Absent de la liste ? Tapez le nom ci-dessus, touchez ce qu’il est, puis « Ajouter le donateur ».</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="307"/>
        <source>Add donor</source>
        <translation>Ajouter le donateur</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="308"/>
        <source>Donor not known: go on ›</source>
        <translation>Donateur inconnu : continuer ›</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="309"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="310"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="311"/>
        <source>1 Urgent</source>
        <translation>1 Urgent</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="311"/>
        <source>2 Normal</source>
        <translation>2 Normal</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="312"/>
        <source>3 Not urgent</source>
        <translation>3 Pas urgent</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="314"/>
        <source>Start a new box</source>
        <translation>Nouveau carton</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="315"/>
        <source>Scan a product, or tap “Pick an item” to choose one.</source>
        <translation>Scannez un produit, ou touchez « Choisir un article ».</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="316"/>
        <source>Pick an item</source>
        <translation>Choisir un article</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="317"/>
        <source>↶ Undo last scan</source>
        <translation>↶ Annuler le dernier scan</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="318"/>
        <source>Cancel receipt</source>
        <translation>Abandonner la réception</translation>
    </message>
    <message>
        <location filename="../screens/intake/view.py" line="319"/>
        <source>Finish ✓</source>
        <translation>Terminer ✓</translation>
    </message>
</context>
<context>
    <name>LinePanel</name>
    <message>
        <location filename="../screens/intake/panels.py" line="330"/>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="331"/>
        <source>Set</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="332"/>
        <source>Same again:</source>
        <translation>Encore pareil :</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="333"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="334"/>
        <source>e.g. 2.5</source>
        <translation>ex. 2,5</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="335"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="336"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="337"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="338"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="338"/>
        <source>Use by</source>
        <translation>DLC (limite)</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="338"/>
        <source>Best before</source>
        <translation>DDM (de préférence)</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="341"/>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="341"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="341"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="344"/>
        <source>Remove this line</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../screens/intake/lines.py" line="72"/>
        <source>Box</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="72"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="72"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="73"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="73"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="73"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="74"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="100"/>
        <source>Box {number}</source>
        <translation>Carton {number}</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="108"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="114"/>
        <source>use by</source>
        <translation>DLC</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="114"/>
        <source>best before</source>
        <translation>DDM</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="116"/>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="116"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../screens/intake/lines.py" line="117"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../screens/lookup.py" line="17"/>
        <source>Box</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="18"/>
        <source>Shelf or location</source>
        <translation>Étagère ou emplacement</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="19"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="20"/>
        <location filename="../screens/lookup.py" line="34"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="21"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="22"/>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="23"/>
        <source>Not known in this hangar</source>
        <translation>Inconnu dans ce hangar</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="24"/>
        <source>Misread barcode: please scan again</source>
        <translation>Code-barres mal lu&#xa0;: scannez à nouveau</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="27"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="28"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="29"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="30"/>
        <location filename="../screens/lookup.py" line="135"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="31"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="32"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="33"/>
        <source>Units per scan</source>
        <translation>Unités par scan</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="35"/>
        <source>Use by</source>
        <translation>DLC (à consommer jusqu’au)</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="36"/>
        <source>Best before</source>
        <translation>DDM (à consommer de préférence avant)</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="106"/>
        <source>Reprint {code}</source>
        <translation>Réimprimer {code}</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="131"/>
        <source>Scan any label</source>
        <translation>Scannez une étiquette</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="133"/>
        <source>Scan a box, a shelf, a product or a document to see what it is. No scanner? Type the code and press Enter.</source>
        <translation>Scannez un carton, une étagère, un produit ou un document pour voir ce que c&apos;est. Pas de scanner&#xa0;? Tapez le code puis Entrée.</translation>
    </message>
    <message>
        <location filename="../screens/lookup.py" line="136"/>
        <source>Reprint label</source>
        <translation>Réimprimer l’étiquette</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>The daily backup failed: {problem}</source>
        <translation>La sauvegarde du jour a échoué&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>This database was written by a newer version of Hangar (schema {found}; this one knows up to {supported}). Nothing was changed in it. Install the newer Hangar on this computer, or choose another database in Settings.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Hangar (schéma {found}&#xa0;; celle-ci ne connaît que jusqu’au {supported}). Rien n’y a été modifié. Installez le Hangar plus récent sur cet ordinateur, ou choisissez une autre base de données dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté·e&#xa0;: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>Organisation: {name}</source>
        <translation>Organisation&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Database: {url}</source>
        <translation>Base de données&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="21"/>
        <location filename="../messages.py" line="22"/>
        <source>Please check {field}: {problem}.</source>
        <translation>À vérifier&#xa0;: {field}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="23"/>
        <source>Some lines need checking; nothing was saved. Line {row}, {field}: {problem}.</source>
        <translation>Certaines lignes sont à vérifier&#xa0;; rien n&apos;a été enregistré. Ligne {row}, {field}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>No {what} “{key}” was found.</source>
        <translation>Introuvable&#xa0;: {what} «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>{user} ({role}) may not {action}{for_owner}. Ask a coordinator.</source>
        <translation>{user} ({role}) n&apos;a pas le droit de {action}{for_owner}. Demandez à la coordination.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>Not enough {item} of {owner}{where}: {available} {unit} there, {requested} {unit} asked.</source>
        <translation>Pas assez de {item} de {owner}{where}&#xa0;: {available} {unit} en stock, {requested} {unit} demandés.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>{item}, lot {lot}, is past its use-by date ({use_by}): it cannot be issued.</source>
        <translation>{item}, lot {lot}, a dépassé sa DLC ({use_by})&#xa0;: il ne peut pas sortir du stock.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>{month} is closed for {owner}: date it in the open month.</source>
        <translation>{month} est clôturé pour {owner}&#xa0;: datez-le dans le mois ouvert.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>This cannot be undone: {message}</source>
        <translation>Impossible d&apos;annuler&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>The barcode “{scanned}” cannot be used: {problem}.</source>
        <translation>Le code-barres «&#xa0;{scanned}&#xa0;» est inutilisable&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>Sign-in failed: {message}</source>
        <translation>Échec de la connexion&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>There is no Hangar database at {url} yet.</source>
        <translation>Il n&apos;y a pas encore de base Hangar à {url}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>The backup or copy was not made: {message}</source>
        <translation>La sauvegarde ou la copie n&apos;a pas été faite&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>This database already holds a hangar: {message}</source>
        <translation>Cette base contient déjà un hangar&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>Meal batch {batch} is on hold: {reasons}. Record the missing check or a corrective action first.</source>
        <translation>Le lot de repas {batch} est bloqué&#xa0;: {reasons}. Enregistrez d&apos;abord le relevé manquant ou une action corrective.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>Stock count {session}: {problem}.</source>
        <translation>Inventaire {session}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>{field}: type a number, like 12 or 2,5.</source>
        <translation>{field}&#xa0;: tapez un nombre, comme 12 ou 2,5.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>{field}: “{typed}” is not a number. Type a number, like 12 or 2,5.</source>
        <translation>{field}&#xa0;: «&#xa0;{typed}&#xa0;» n’est pas un nombre. Tapez un nombre, comme 12 ou 2,5.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="52"/>
        <source>{field}: {typed} is below zero.</source>
        <translation>{field}&#xa0;: {typed} est en dessous de zéro.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>{field}: type a number more than 0.</source>
        <translation>{field}&#xa0;: tapez un nombre supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>{field}: {typed} has more than three decimals; the hangar counts to the thousandth.</source>
        <translation>{field}&#xa0;: {typed} a plus de trois décimales&#xa0;; le hangar compte au millième près.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>{user} ({role}) may not {action}{for_owner}. Ask an administrator.</source>
        <translation>{user} ({role}) n&apos;a pas le droit de {action}{for_owner}. Demandez à un administrateur ou une administratrice.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>This person is not in this hangar&apos;s list.</source>
        <translation>Cette personne ne figure pas dans la liste de ce hangar.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>{user} is no longer active: ask a coordinator.</source>
        <translation>{user} n&apos;est plus actif·ve&#xa0;: demandez à la coordination.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>{user}&apos;s organisation no longer works in the hangar.</source>
        <translation>L&apos;organisation de {user} ne travaille plus dans le hangar.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>{user} has no PIN yet: ask a coordinator to set one.</source>
        <translation>{user} n&apos;a pas encore de code PIN&#xa0;: demandez-en un à la coordination.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>Please type your PIN.</source>
        <translation>Tapez votre code PIN.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN incorrect. Réessayez.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104"/>
        <source> for {owner}</source>
        <translation> pour {owner}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>Something unexpected went wrong.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../nav.py" line="54"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../nav.py" line="57"/>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../nav.py" line="59"/>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../nav.py" line="61"/>
        <source>Move boxes</source>
        <translation>Déplacer des cartons</translation>
    </message>
    <message>
        <location filename="../nav.py" line="63"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../nav.py" line="65"/>
        <source>Give out</source>
        <translation>Distribuer</translation>
    </message>
    <message>
        <location filename="../nav.py" line="68"/>
        <source>Transfers and loans</source>
        <translation>Transferts et prêts</translation>
    </message>
    <message>
        <location filename="../nav.py" line="71"/>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <location filename="../nav.py" line="73"/>
        <source>Trace and recall</source>
        <translation>Traçabilité et rappel</translation>
    </message>
    <message>
        <location filename="../nav.py" line="76"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../nav.py" line="81"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../nav.py" line="83"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../nav.py" line="86"/>
        <source>Who did what</source>
        <translation>Qui a fait quoi</translation>
    </message>
    <message>
        <location filename="../nav.py" line="88"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../nav.py" line="91"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../nav.py" line="79"/>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../screens/intake/picker.py" line="43"/>
        <source>What is it? Tap a category.</source>
        <translation>Qu’est-ce que c’est ? Touchez une catégorie.</translation>
    </message>
</context>
<context>
    <name>PickerPanel</name>
    <message>
        <location filename="../screens/intake/panels.py" line="77"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../screens/print_dialog.py" line="78"/>
        <source>There is no label to print for this.</source>
        <translation>Il n’y a pas d’étiquette à imprimer pour ceci.</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="97"/>
        <source>Printer: {name}</source>
        <translation>Imprimante : {name}</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="98"/>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="101"/>
        <source>Zebra (ZPL) on queue {name}</source>
        <translation>Zebra (ZPL) sur la file {name}</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="103"/>
        <source>ZPL file for a Zebra</source>
        <translation>Fichier ZPL pour une Zebra</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="130"/>
        <source>Printed at the label&apos;s exact size, without scaling. Load labels of the size chosen below.</source>
        <translation>Imprimé à la taille exacte de l’étiquette, sans mise à l’échelle. Chargez des étiquettes du format choisi ci-dessous.</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="132"/>
        <source>Saves a PDF with one page per label, at the label&apos;s exact size.</source>
        <translation>Enregistre un PDF d’une page par étiquette, à la taille exacte de l’étiquette.</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="133"/>
        <source>Sends ZPL straight to the Zebra through its queue (lp -o raw): set the queue up as a raw printer.</source>
        <translation>Envoie le ZPL directement à la Zebra par sa file (lp -o raw) : configurez la file en imprimante brute (raw).</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="135"/>
        <source>Saves ZPL for a Zebra printer, to send later.</source>
        <translation>Enregistre du ZPL pour une imprimante Zebra, à envoyer plus tard.</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="137"/>
        <source>Saves ZPL for a Zebra printer. There is no ‘lp’ command (CUPS) on this computer, so ZPL cannot be sent to a queue directly.</source>
        <translation>Enregistre du ZPL pour une imprimante Zebra. Il n’y a pas de commande « lp » (CUPS) sur cet ordinateur : le ZPL ne peut pas être envoyé directement à une file.</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="148"/>
        <source>Label {n} of {total}: {code}</source>
        <translation>Étiquette {n} sur {total} : {code}</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="170"/>
        <source>ZPL file (*.zpl)</source>
        <translation>Fichier ZPL (*.zpl)</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="170"/>
        <source>PDF file (*.pdf)</source>
        <translation>Fichier PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="171"/>
        <source>Save labels as</source>
        <translation>Enregistrer les étiquettes sous</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="183"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="185"/>
        <source>Printing labels…</source>
        <translation>Impression des étiquettes…</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="190"/>
        <source>{count} label(s) sent to {where}.</source>
        <translation>{count} étiquette(s) envoyée(s) vers {where}.</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog.py" line="203"/>
        <source>Not printed: {reason}</source>
        <translation>Non imprimé : {reason}</translation>
    </message>
</context>
<context>
    <name>PrintDialogView</name>
    <message>
        <location filename="../screens/print_dialog_view.py" line="124"/>
        <source>Shown at its real size on this screen.</source>
        <translation>Affichée à sa taille réelle sur cet écran.</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="125"/>
        <source>Print to</source>
        <translation>Imprimer vers</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="126"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="127"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="128"/>
        <source>Label size</source>
        <translation>Format d&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="129"/>
        <source>Printer dots per inch</source>
        <translation>Points par pouce de l’imprimante</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="130"/>
        <source>Copies of each label</source>
        <translation>Copies de chaque étiquette</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="131"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../screens/print_dialog_view.py" line="132"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../screens/reports.py" line="66"/>
        <source>All NGOs, and the hangar summary</source>
        <translation>Toutes les ONG, et la synthèse du hangar</translation>
    </message>
    <message>
        <location filename="../screens/reports.py" line="83"/>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <location filename="../screens/reports.py" line="109"/>
        <source>Written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <location filename="../screens/reports.py" line="120"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../screens/reports.py" line="123"/>
        <source>Folder for the reports</source>
        <translation>Dossier des rapports</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../screens/reports_view.py" line="106"/>
        <source>Monthly stock report</source>
        <translation>Rapport de stock mensuel</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="108"/>
        <source>One Excel workbook per organisation. The month under way is reported up to today.</source>
        <translation>Un classeur Excel par organisation. Le mois en cours est rapporté jusqu&apos;à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="109"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="110"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="111"/>
        <source>Save in folder</source>
        <translation>Enregistrer dans le dossier</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="112"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="113"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../screens/reports_view.py" line="115"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="74"/>
        <source>PDF file (no printer)</source>
        <translation>Fichier PDF (sans imprimante)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="135"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="140"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="146"/>
        <source>No database there yet: Hangar will offer to create it.</source>
        <translation>Pas encore de base à cet endroit&#xa0;: Hangar proposera de la créer.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="148"/>
        <source>Connected. The database is empty: Hangar will set it up.</source>
        <translation>Connecté. La base est vide&#xa0;: Hangar va la préparer.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="150"/>
        <source>Connected, but this database is newer than this program: update Hangar.</source>
        <translation>Connecté, mais cette base est plus récente que ce programme&#xa0;: mettez Hangar à jour.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="152"/>
        <source>Connected: a Hangar database (version {version}).</source>
        <translation>Connecté&#xa0;: une base Hangar (version {version}).</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="159"/>
        <source>Cannot connect: {reason}</source>
        <translation>Connexion impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="164"/>
        <source>Hangar database file</source>
        <translation>Fichier de base de données Hangar</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165"/>
        <source>Hangar database (*.db)</source>
        <translation>Base de données Hangar (*.db)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="172"/>
        <source>Scanned: {code}</source>
        <translation>Scanné&#xa0;: {code}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="176"/>
        <source>Typed, not scanned: {text}</source>
        <translation>Tapé, pas scanné&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../screens/settings_view.py" line="160"/>
        <source>Settings of this workstation</source>
        <translation>Paramètres de ce poste</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="161"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="162"/>
        <source>On this computer (file)</source>
        <translation>Sur cet ordinateur (fichier)</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="163"/>
        <source>On the hangar&apos;s server (PostgreSQL)</source>
        <translation>Sur le serveur du hangar (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="164"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="165"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="167"/>
        <source>Several workstations share one server. A new database takes effect when saved.</source>
        <translation>Plusieurs postes partagent un même serveur. Une nouvelle base de données s&apos;applique dès l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="168"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="169"/>
        <source>Label printer</source>
        <translation>Imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="170"/>
        <source>Label size</source>
        <translation>Format d&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="171"/>
        <location filename="../screens/settings_view.py" line="172"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="173"/>
        <source>Barcode scanner</source>
        <translation>Scanner de codes-barres</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="175"/>
        <source>Longest pause between keys</source>
        <translation>Pause maximale entre deux touches</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="175"/>
        <source>Shortest code</source>
        <translation>Code le plus court</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="176"/>
        <source>Prefix sent by the scanner</source>
        <translation>Préfixe envoyé par le scanner</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="176"/>
        <source>Suffix sent by the scanner</source>
        <translation>Suffixe envoyé par le scanner</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="180"/>
        <source>Test: scan any barcode. A scan shows below; typing stays in the field.</source>
        <translation>Test&#xa0;: scannez un code-barres. Un scan s&apos;affiche ci-dessous&#xa0;; ce qui est tapé reste dans le champ.</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="181"/>
        <source>Type or scan here</source>
        <translation>Tapez ou scannez ici</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="182"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location filename="../screens/settings_view.py" line="183"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../screens/sign_in_view.py" line="227"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="227"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="229"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="229"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="231"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="231"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="233"/>
        <source>This computer&apos;s clock is {amount} ahead of the hangar&apos;s.</source>
        <translation>L’horloge de cet ordinateur avance de {amount} sur celle du hangar.</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="235"/>
        <source>This computer&apos;s clock is {amount} behind the hangar&apos;s.</source>
        <translation>L’horloge de cet ordinateur retarde de {amount} sur celle du hangar.</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="237"/>
        <source>Hangar dates everything by the hangar&apos;s clock, so the books stay right; ask whoever looks after the computers to set this one.</source>
        <translation>Hangar date tout à l’heure du hangar : les comptes restent justes. Demandez à la personne qui s’occupe des ordinateurs de régler celui-ci.</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="242"/>
        <source>Welcome to the hangar</source>
        <translation>Bienvenue au hangar</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="243"/>
        <source>Tap your organisation to sign in.</source>
        <translation>Touchez votre organisation pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="244"/>
        <source>Signed in earlier this shift:</source>
        <translation>Déjà connecté·es pendant ce service&#xa0;:</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="245"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="246"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="247"/>
        <source>{organisation}: who are you?</source>
        <translation>{organisation}&#xa0;: qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="249"/>
        <source>Tap your name.</source>
        <translation>Touchez votre nom.</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="250"/>
        <source>Stay signed in for the whole shift (intake desk)</source>
        <translation>Rester connecté·e pendant tout le service (poste de réception)</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="251"/>
        <location filename="../screens/sign_in_view.py" line="253"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="252"/>
        <source>PIN for {name}</source>
        <translation>Code PIN de {name}</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="254"/>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <location filename="../screens/sign_in_view.py" line="255"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SizeGridPanel</name>
    <message>
        <location filename="../screens/intake/panels.py" line="145"/>
        <source>Add {count} item(s)</source>
        <translation>Ajouter {count} article(s)</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="153"/>
        <source>Tap a size once for each piece.</source>
        <translation>Touchez une taille une fois par pièce.</translation>
    </message>
    <message>
        <location filename="../screens/intake/panels.py" line="154"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../screens/start.py" line="57"/>
        <source>The hangar&apos;s database cannot be opened</source>
        <translation>Impossible d&apos;ouvrir la base de données du hangar</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="58"/>
        <source>Opening the hangar…</source>
        <translation>Ouverture du hangar…</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="59"/>
        <source>Database: {where}</source>
        <translation>Base de données&#xa0;: {where}</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="62"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="63"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>UnknownBarcodeDialog</name>
    <message>
        <location filename="../screens/unknown_barcode.py" line="183"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="190"/>
        <source>Tap the item it is, then “Link and add”.</source>
        <translation>Touchez l’article que c’est, puis « Lier et ajouter ».</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="200"/>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
</context>
<context>
    <name>UnknownBarcodeView</name>
    <message>
        <location filename="../screens/unknown_barcode.py" line="120"/>
        <source>New barcode: {code}</source>
        <translation>Nouveau code-barres : {code}</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="121"/>
        <source>The hangar does not know this product yet. Say once what it is; after that it scans by itself.</source>
        <translation>Le hangar ne connaît pas encore ce produit. Dites une fois ce que c’est ; ensuite il se scanne tout seul.</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="123"/>
        <source>It is one of these:</source>
        <translation>C’est l’un de ceux-ci :</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="124"/>
        <source>Type what it is, e.g. tomatoes</source>
        <translation>Tapez ce que c’est, ex. tomates</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="125"/>
        <source>How many in one pack (one scan)?</source>
        <translation>Combien dans un paquet (un scan) ?</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="126"/>
        <source>Link and add</source>
        <translation>Lier et ajouter</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="127"/>
        <source>Or it is something new:</source>
        <translation>Ou c’est quelque chose de nouveau :</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="128"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="129"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="130"/>
        <source>Counted in</source>
        <translation>Compté en</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="131"/>
        <source>e.g. Shampoo 250 ml</source>
        <translation>ex. Shampooing 250 ml</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="132"/>
        <source>Create and add</source>
        <translation>Créer et ajouter</translation>
    </message>
    <message>
        <location filename="../screens/unknown_barcode.py" line="133"/>
        <source>Cancel: add nothing</source>
        <translation>Annuler : ne rien ajouter</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../vocabulary.py" line="9"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="10"/>
        <source>Kitchen lead</source>
        <translation>Responsable cuisine</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="11"/>
        <source>Workshop lead</source>
        <translation>Responsable atelier</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="12"/>
        <source>Coordinator</source>
        <translation>Coordinateur·rice</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="13"/>
        <source>Partner NGO</source>
        <translation>ONG partenaire</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="14"/>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="19"/>
        <source>see this stock</source>
        <translation>voir ce stock</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="20"/>
        <source>export the report</source>
        <translation>exporter le rapport</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="21"/>
        <source>receive donations</source>
        <translation>réceptionner des dons</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="22"/>
        <source>move stock</source>
        <translation>déplacer du stock</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="23"/>
        <source>count stock</source>
        <translation>compter le stock</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="24"/>
        <source>link a barcode</source>
        <translation>associer un code-barres</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="25"/>
        <source>create an item</source>
        <translation>créer un article</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="26"/>
        <source>distribute stock</source>
        <translation>distribuer du stock</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="27"/>
        <source>quarantine stock</source>
        <translation>mettre du stock en quarantaine</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="28"/>
        <source>record a loss</source>
        <translation>déclarer une perte</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="29"/>
        <source>transfer stock</source>
        <translation>transférer du stock</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="30"/>
        <source>lend stock</source>
        <translation>prêter du stock</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="31"/>
        <source>repay a loan</source>
        <translation>rembourser un prêt</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="32"/>
        <source>cook a meal batch</source>
        <translation>cuisiner un lot de repas</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="33"/>
        <source>build kits</source>
        <translation>monter des kits</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="34"/>
        <source>undo this</source>
        <translation>annuler ceci</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="35"/>
        <source>adjust stock</source>
        <translation>ajuster le stock</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="36"/>
        <source>approve a count</source>
        <translation>valider un inventaire</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="37"/>
        <source>close a month</source>
        <translation>clôturer un mois</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="38"/>
        <source>reopen a month</source>
        <translation>rouvrir un mois</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="39"/>
        <source>change the catalogue</source>
        <translation>modifier le catalogue</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="40"/>
        <source>change the locations</source>
        <translation>modifier les emplacements</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="41"/>
        <source>manage people</source>
        <translation>gérer les personnes</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="42"/>
        <source>see the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="43"/>
        <source>manage organisations</source>
        <translation>gérer les organisations</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="47"/>
        <location filename="../vocabulary.py" line="113"/>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="48"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="49"/>
        <source>administrator</source>
        <translation>administrateur·rice</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="50"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="51"/>
        <location filename="../vocabulary.py" line="111"/>
        <source>box</source>
        <translation>carton</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="52"/>
        <location filename="../vocabulary.py" line="112"/>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="53"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="54"/>
        <source>donor</source>
        <translation>donateur</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="55"/>
        <location filename="../vocabulary.py" line="109"/>
        <source>lot</source>
        <translation>lot</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="56"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="57"/>
        <source>barcode</source>
        <translation>code-barres</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="84"/>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="84"/>
        <source>pieces</source>
        <translation>pièces</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="85"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="86"/>
        <source>litre</source>
        <translation>litre</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="86"/>
        <source>litres</source>
        <translation>litres</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="87"/>
        <source>portion</source>
        <translation>portion</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="88"/>
        <source>portions</source>
        <translation>portions</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="89"/>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="89"/>
        <source>kits</source>
        <translation>kits</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="90"/>
        <source>pair</source>
        <translation>paire</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="90"/>
        <source>pairs</source>
        <translation>paires</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="91"/>
        <source>pack</source>
        <translation>paquet</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="91"/>
        <source>packs</source>
        <translation>paquets</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="95"/>
        <source>A person</source>
        <translation>Un particulier</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="96"/>
        <source>A company</source>
        <translation>Une entreprise</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="97"/>
        <source>A collection drive</source>
        <translation>Une collecte</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="98"/>
        <source>Another NGO</source>
        <translation>Une autre ONG</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="99"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="104"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="105"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="106"/>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="107"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="108"/>
        <source>kind of date</source>
        <translation>type de date</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="110"/>
        <source>condition</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="114"/>
        <source>minimum level</source>
        <translation>stock minimum</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="115"/>
        <source>pack quantity</source>
        <translation>quantité du lot</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="116"/>
        <source>quantity to repay</source>
        <translation>quantité à rembourser</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="136"/>
        <source>men</source>
        <translation>homme</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="137"/>
        <source>women</source>
        <translation>femme</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="138"/>
        <source>unisex</source>
        <translation>mixte</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="139"/>
        <source>boys</source>
        <translation>garçon</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="140"/>
        <source>girls</source>
        <translation>fille</translation>
    </message>
    <message>
        <location filename="../vocabulary.py" line="141"/>
        <source>baby</source>
        <translation>bébé</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../workspace.py" line="136"/>
        <source>{name} · {role} · {organisation}</source>
        <translation>{name} · {role} · {organisation}</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="147"/>
        <source>Switch volunteer</source>
        <translation>Changer de bénévole</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="148"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="149"/>
        <source>? Help</source>
        <translation>? Aide</translation>
    </message>
    <message>
        <location filename="../workspace.py" line="150"/>
        <source>What this screen is for, and how (F1)</source>
        <translation>À quoi sert cet écran, et comment (F1)</translation>
    </message>
</context>
</TS>
