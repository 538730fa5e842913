<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DistributionScreen</name>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="93"/>
        <location filename="../screens/goods_out/distribution/screen.py" line="231"/>
        <source>Scan what you give out, or choose an item on the right.</source>
        <translation>Scannez ce que vous distribuez, ou choisissez un article à droite.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="95"/>
        <source>You may not give out any organisation&apos;s stock.</source>
        <translation>Vous ne pouvez distribuer le stock d&apos;aucune organisation.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="116"/>
        <source>{name} added to the destinations.</source>
        <translation>{name} ajouté aux destinations.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="139"/>
        <source>{count} line(s) cannot be given out as they are: see the red lines.</source>
        <translation>{count} ligne(s) ne peuvent pas sortir telles quelles&#xa0;: voyez les lignes en rouge.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="142"/>
        <source>{count} line(s) ready. Finish when everything is there.</source>
        <translation>{count} ligne(s) prêtes. Terminez quand tout y est.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="157"/>
        <source>Choose where the goods go.</source>
        <translation>Choisissez où vont les marchandises.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="178"/>
        <source>{number} is posted: {count} line(s) given out to {place}.</source>
        <translation>{number} est enregistré&#xa0;: {count} ligne(s) distribuées à {place}.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="194"/>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="200"/>
        <source>Save the release note</source>
        <translation>Enregistrer le bon de sortie</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="201"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="211"/>
        <source>No printer is installed on this workstation: print the saved PDF from another computer.</source>
        <translation>Aucune imprimante n&apos;est installée sur ce poste&#xa0;: imprimez le PDF enregistré depuis un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="214"/>
        <source>Print the release note</source>
        <translation>Imprimer le bon de sortie</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="215"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/screen.py" line="219"/>
        <source>The release note went to {printer}.</source>
        <translation>Le bon de sortie est parti sur {printer}.</translation>
    </message>
</context>
<context>
    <name>DistributionView</name>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="27"/>
        <source>Distribution site</source>
        <translation>Point de distribution</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="28"/>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="29"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="196"/>
        <source>Stock of</source>
        <translation>Stock de</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="197"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="198"/>
        <source>New destination</source>
        <translation>Nouvelle destination</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="199"/>
        <source>Add destination</source>
        <translation>Ajouter la destination</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="203"/>
        <source>Scan products, lots or whole boxes; the oldest dates go first.</source>
        <translation>Scannez des produits, des lots ou des cartons entiers&#xa0;; les dates les plus proches partent en premier.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="204"/>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="205"/>
        <source>Take these lots</source>
        <translation>Prendre ces lots</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="206"/>
        <source>Received by (name)</source>
        <translation>Reçu par (nom)</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="207"/>
        <source>Reference (optional)</source>
        <translation>Référence (facultatif)</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="208"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="209"/>
        <source>Save PDF as…</source>
        <translation>Enregistrer le PDF sous…</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="210"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="211"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/view.py" line="212"/>
        <source>New distribution</source>
        <translation>Nouvelle distribution</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <location filename="../screens/goods_out/distribution/entry.py" line="97"/>
        <source>Or choose an item</source>
        <translation>Ou choisissez un article</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/entry.py" line="98"/>
        <source>Search an item by name or code</source>
        <translation>Chercher un article par nom ou code</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/entry.py" line="99"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/entry.py" line="100"/>
        <source>Add line</source>
        <translation>Ajouter la ligne</translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="41"/>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="41"/>
        <source>Lender</source>
        <translation>Prêteur</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="42"/>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="42"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="43"/>
        <source>Lent</source>
        <translation>Prêté</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="43"/>
        <source>Repaid</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="44"/>
        <source>Outstanding</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="45"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/loans.py" line="57"/>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
</context>
<context>
    <name>MoveScreen</name>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="50"/>
        <source>Scan the first box.</source>
        <translation>Scannez le premier carton.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="66"/>
        <source>{box} is already on the list.</source>
        <translation>{box} est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="70"/>
        <source>{box} added. Scan another box, or the shelf to put them on.</source>
        <translation>{box} ajouté. Scannez un autre carton, ou l&apos;étagère où les poser.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="74"/>
        <source>Scan the boxes first, then the shelf.</source>
        <translation>Scannez d&apos;abord les cartons, puis l&apos;étagère.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="80"/>
        <source>{code} is not known in this hangar: nothing was added.</source>
        <translation>{code} est inconnu dans ce hangar&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="83"/>
        <source>{code} is not a box or a shelf: scan a box label or a shelf label.</source>
        <translation>{code} n&apos;est ni un carton ni une étagère&#xa0;: scannez l&apos;étiquette d&apos;un carton ou d&apos;une étagère.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="91"/>
        <source>1 box moved to {place}.</source>
        <translation>1 carton déplacé vers {place}.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="92"/>
        <source>{count} boxes moved to {place}.</source>
        <translation>{count} cartons déplacés vers {place}.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="100"/>
        <source>{box} taken off the list.</source>
        <translation>{box} retiré de la liste.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="105"/>
        <source>The list is empty. Scan the first box.</source>
        <translation>La liste est vide. Scannez le premier carton.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="117"/>
        <source>The move to {place} was undone: the boxes are back where they were.</source>
        <translation>Le déplacement vers {place} est annulé&#xa0;: les cartons sont revenus à leur place.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="126"/>
        <source>Boxes to move: {count}</source>
        <translation>Cartons à déplacer&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="136"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="137"/>
        <source>no place yet</source>
        <translation>pas encore rangé</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/screen.py" line="138"/>
        <source>{box} · {owner} · {contents} · now at {place}</source>
        <translation>{box} · {owner} · {contents} · actuellement en {place}</translation>
    </message>
</context>
<context>
    <name>MoveView</name>
    <message>
        <location filename="../screens/goods_out/moves/view.py" line="72"/>
        <source>Move boxes</source>
        <translation>Déplacer des cartons</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/view.py" line="74"/>
        <source>Scan each box you carry, then the label of the shelf you put them on: they move together.</source>
        <translation>Scannez chaque carton que vous portez, puis l&apos;étiquette de l&apos;étagère où vous les posez&#xa0;: ils sont déplacés ensemble.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/view.py" line="76"/>
        <source>No scanner? Type a box or shelf code and press Enter</source>
        <translation>Pas de scanner&#xa0;? Tapez le code d&apos;un carton ou d&apos;une étagère puis Entrée</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/view.py" line="78"/>
        <source>Boxes to move</source>
        <translation>Cartons à déplacer</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/view.py" line="79"/>
        <source>Remove box</source>
        <translation>Retirer le carton</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/view.py" line="80"/>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/moves/view.py" line="81"/>
        <source>Undo last move</source>
        <translation>Annuler le dernier déplacement</translation>
    </message>
</context>
<context>
    <name>ReleaseNote</name>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="23"/>
        <source>Release note</source>
        <translation>Bon de sortie</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="25"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="26"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="27"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="28"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="29"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="30"/>
        <source>Use by</source>
        <translation>DLC</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="31"/>
        <source>Best before</source>
        <translation>DDM</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="32"/>
        <source>Box</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="33"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="34"/>
        <source>Use by / best before</source>
        <translation>DLC / DDM</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="35"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="36"/>
        <source>Released by</source>
        <translation>Remis par</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="37"/>
        <source>Received by (name and signature)</source>
        <translation>Reçu par (nom et signature)</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/note.py" line="38"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>StockLinesModel</name>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="58"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="58"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="59"/>
        <source>Taken from (oldest date first)</source>
        <translation>Pris dans (date la plus proche d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="73"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="85"/>
        <location filename="../screens/goods_out/distribution/lines.py" line="91"/>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="91"/>
        <source>no lot</source>
        <translation>sans lot</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="93"/>
        <source>use by {date}</source>
        <translation>DLC {date}</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="94"/>
        <source>best before {date}</source>
        <translation>DDM {date}</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="96"/>
        <source>no place</source>
        <translation>sans emplacement</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/distribution/lines.py" line="97"/>
        <source>{quantity} × {lot} at {place}</source>
        <translation>{quantity} × {lot} en {place}</translation>
    </message>
</context>
<context>
    <name>TransfersScreen</name>
    <message>
        <location filename="../screens/goods_out/transfers/screen.py" line="96"/>
        <source>You may not hand over any organisation&apos;s stock this way.</source>
        <translation>Vous ne pouvez céder ainsi le stock d&apos;aucune organisation.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/screen.py" line="110"/>
        <source>{count} line(s) cannot be handed over as they are: see the red lines.</source>
        <translation>{count} ligne(s) ne peuvent pas être cédées telles quelles&#xa0;: voyez les lignes en rouge.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/screen.py" line="131"/>
        <source>{code} is posted: the loan is in the outstanding list.</source>
        <translation>{code} est enregistré&#xa0;: le prêt figure dans la liste des prêts en cours.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/screen.py" line="132"/>
        <source>{code} is posted: the goods now belong to {owner}.</source>
        <translation>{code} est enregistré&#xa0;: les marchandises appartiennent désormais à {owner}.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/screen.py" line="161"/>
        <source>Choose the loan to repay in the list.</source>
        <translation>Choisissez dans la liste le prêt à rembourser.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/screen.py" line="176"/>
        <source>{code} is posted: the repayment is taken off the loan.</source>
        <translation>{code} est enregistré&#xa0;: le remboursement est déduit du prêt.</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="154"/>
        <location filename="../screens/goods_out/transfers/view.py" line="168"/>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="155"/>
        <location filename="../screens/goods_out/transfers/view.py" line="168"/>
        <source>Lend</source>
        <translation>Prêter</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="156"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="157"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="158"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="162"/>
        <source>Lend: the goods are to be given back in kind by the due date. Scan or choose what you lend.</source>
        <translation>Prêt&#xa0;: les marchandises seront rendues en nature avant l&apos;échéance. Scannez ou choisissez ce que vous prêtez.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="164"/>
        <source>Transfer: the goods change owner for good, and stay on their shelf. Scan or choose what you hand over.</source>
        <translation>Transfert&#xa0;: les marchandises changent définitivement de propriétaire et restent sur leur étagère. Scannez ou choisissez ce que vous cédez.</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="166"/>
        <source>Note (optional)</source>
        <translation>Remarque (facultatif)</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="167"/>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="169"/>
        <source>Outstanding loans</source>
        <translation>Prêts en cours</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="170"/>
        <source>Quantity to repay</source>
        <translation>Quantité à rembourser</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="171"/>
        <source>Repay this quantity</source>
        <translation>Rembourser cette quantité</translation>
    </message>
    <message>
        <location filename="../screens/goods_out/transfers/view.py" line="172"/>
        <source>Repay all</source>
        <translation>Tout rembourser</translation>
    </message>
</context>
</TS>
