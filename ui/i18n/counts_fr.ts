<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BooksPage</name>
    <message>
        <location filename="../screens/counts/books.py" line="134"/>
        <source>Reading the books…</source>
        <translation>Lecture des comptes…</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="151"/>
        <location filename="../screens/counts/books.py" line="164"/>
        <location filename="../screens/counts/books.py" line="170"/>
        <location filename="../screens/counts/books.py" line="175"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="152"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="153"/>
        <location filename="../screens/counts/books.py" line="157"/>
        <location filename="../screens/counts/books.py" line="176"/>
        <source>On the books</source>
        <translation>Stock théorique</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="154"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="156"/>
        <location filename="../screens/counts/books.py" line="163"/>
        <location filename="../screens/counts/books.py" line="172"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="156"/>
        <source>no place</source>
        <translation>sans emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="158"/>
        <location filename="../screens/counts/books.py" line="177"/>
        <source>Last counted</source>
        <translation>Dernier comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="159"/>
        <location filename="../screens/counts/books.py" line="178"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="160"/>
        <location filename="../screens/counts/books.py" line="162"/>
        <source>Count</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="165"/>
        <source>Book</source>
        <translation>Théorique</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="166"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="167"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="168"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="171"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="173"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="184"/>
        <source>Book stock ({n})</source>
        <translation>Stock théorique ({n})</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="185"/>
        <source>Places ({n})</source>
        <translation>Emplacements ({n})</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="188"/>
        <source>Not counted ({n})</source>
        <translation>Non comptés ({n})</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="191"/>
        <source>{owner}: the books on {on}. “Not counted”: items with stock that no approved count has seen since {since}. “Places”: when each was last counted.</source>
        <translation>{owner} : les comptes au {on}. « Non comptés » : les articles en stock qu’aucun comptage approuvé n’a vus depuis le {since}. « Emplacements » : la date du dernier comptage de chacun.</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="186"/>
        <source>Open variances ({n})</source>
        <translation>Écarts en attente ({n})</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="187"/>
        <source>Quarantine ({n})</source>
        <translation>Quarantaine ({n})</translation>
    </message>
</context>
<context>
    <name>BooksView</name>
    <message>
        <location filename="../screens/counts/books_view.py" line="73"/>
        <source>Books and counts</source>
        <translation>Comptes et comptages</translation>
    </message>
    <message>
        <location filename="../screens/counts/books_view.py" line="74"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/counts/books_view.py" line="75"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CancelCountDialog</name>
    <message>
        <location filename="../screens/counts/cancel.py" line="53"/>
        <source>Cancel a count</source>
        <translation>Annuler un comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/cancel.py" line="54"/>
        <source>Cancel {code}?</source>
        <translation>Annuler {code} ?</translation>
    </message>
    <message>
        <location filename="../screens/counts/cancel.py" line="56"/>
        <source>Nothing of it will be posted; what was counted stays on record. Say why:</source>
        <translation>Rien n’en sera enregistré dans le stock ; ce qui a été compté reste archivé. Dites pourquoi :</translation>
    </message>
    <message>
        <location filename="../screens/counts/cancel.py" line="57"/>
        <source>Reason (for example: started over the wrong zone)</source>
        <translation>Motif (par exemple : lancé sur la mauvaise zone)</translation>
    </message>
    <message>
        <location filename="../screens/counts/cancel.py" line="59"/>
        <source>Keep the count</source>
        <translation>Garder le comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/cancel.py" line="60"/>
        <source>Cancel the count</source>
        <translation>Annuler le comptage</translation>
    </message>
</context>
<context>
    <name>CountReviewing</name>
    <message>
        <location filename="../screens/counts/review.py" line="39"/>
        <source>Reading the count&apos;s lines…</source>
        <translation>Lecture des lignes du comptage…</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="45"/>
        <source>Review of {code}</source>
        <translation>Vérification de {code}</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="53"/>
        <source>Choose a reason</source>
        <translation>Choisir un motif</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="67"/>
        <source>You counted in this count: another coordinator or administrator must approve it.</source>
        <translation>Vous avez compté dans ce comptage : un autre coordinateur ou administrateur doit l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="70"/>
        <source>The count is still open: it can be approved once submitted.</source>
        <translation>Le comptage est encore ouvert : il pourra être approuvé une fois envoyé.</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="78"/>
        <source>{count} line(s) differ from the book.</source>
        <translation>{count} ligne(s) diffèrent du stock théorique.</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="93"/>
        <source>Choose the lines to recount first.</source>
        <translation>Choisissez d&apos;abord les lignes à recompter.</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="111"/>
        <source>{code} is approved: the differences were posted as {document}.</source>
        <translation>{code} est approuvé : les écarts ont été enregistrés dans {document}.</translation>
    </message>
    <message>
        <location filename="../screens/counts/review.py" line="114"/>
        <source>{code} is approved: nothing differed from the book.</source>
        <translation>{code} est approuvé : aucun écart avec le stock théorique.</translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <location filename="../screens/counts/screen.py" line="106"/>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="111"/>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="116"/>
        <source>Cancel count</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="127"/>
        <source>All places</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="129"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="133"/>
        <source>being counted</source>
        <translation>en cours de comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="133"/>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="135"/>
        <source>blind</source>
        <translation>à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="135"/>
        <location filename="../screens/counts/screen.py" line="198"/>
        <source>open count</source>
        <translation>comptage ouvert</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="136"/>
        <source>{code} · {owner} · {scope} · {kind} · {status}</source>
        <translation>{code} · {owner} · {scope} · {kind} · {status}</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="137"/>
        <source>all stock</source>
        <translation>tout le stock</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="154"/>
        <source>Starting the count…</source>
        <translation>Ouverture du comptage…</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="157"/>
        <source>{code} is open: counters can start.</source>
        <translation>{code} est ouvert : les compteurs peuvent commencer.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="174"/>
        <source>{code} is cancelled: nothing of it was posted.</source>
        <translation>{code} est annulé : rien n’en a été enregistré dans le stock.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="178"/>
        <source>Stopped: nothing was changed.</source>
        <translation>Arrêté : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="182"/>
        <source>Each NGO&apos;s books beside its counts, before a month is closed.</source>
        <translation>Les comptes de chaque ONG à côté de ses comptages, avant de clôturer un mois.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="191"/>
        <source>Reading the places to count…</source>
        <translation>Lecture des emplacements à compter…</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="198"/>
        <source>blind count</source>
        <translation>comptage à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="199"/>
        <source>Counting {code} ({kind})</source>
        <translation>Comptage {code} ({kind})</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="208"/>
        <source>Scan the shelf you are counting, then each item.</source>
        <translation>Scannez l&apos;étagère que vous comptez, puis chaque article.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="210"/>
        <source>Count the highlighted lines again: choose one, type its count, and tap Set count.</source>
        <translation>Recomptez les lignes surlignées : choisissez-en une, tapez son nombre, puis touchez « Fixer le nombre ».</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="215"/>
        <source>Scan a shelf</source>
        <translation>Scannez une étagère</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="217"/>
        <source>Counting box {box}</source>
        <translation>Comptage du carton {box}</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="219"/>
        <source>Counting at {place}</source>
        <translation>Comptage à {place}</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="223"/>
        <source>Overall: {counted} of {total} lines counted</source>
        <translation>En tout : {counted} lignes comptées sur {total}</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="227"/>
        <source>{place}: {progress}</source>
        <translation>{place} : {progress}</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="246"/>
        <source>Now counting at {place}.</source>
        <translation>Comptage à {place}.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="250"/>
        <source>Now counting inside {box}.</source>
        <translation>Comptage dans le carton {box}.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="255"/>
        <source>Counted {code}.</source>
        <translation>{code} compté.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="257"/>
        <source>Scan the shelf first, then the items on it.</source>
        <translation>Scannez d&apos;abord l&apos;étagère, puis les articles qui s&apos;y trouvent.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="259"/>
        <source>{code} is not a product: nothing was counted.</source>
        <translation>{code} n&apos;est pas un produit : rien n&apos;a été compté.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="273"/>
        <source>Choose the line to set, then type its count.</source>
        <translation>Choisissez la ligne, puis tapez son nombre.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="288"/>
        <source>Count set.</source>
        <translation>Nombre enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="292"/>
        <source>Every recount is done: the count is back with its reviewer.</source>
        <translation>Tous les recomptages sont faits : le comptage revient à son vérificateur.</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="305"/>
        <source>{place} is done ({zeros} position(s) nobody found counted as zero).</source>
        <translation>{place} est terminé ({zeros} position(s) introuvable(s) comptée(s) à zéro).</translation>
    </message>
    <message>
        <location filename="../screens/counts/screen.py" line="318"/>
        <source>{code} is submitted for review. Thank you!</source>
        <translation>{code} est envoyé pour vérification. Merci !</translation>
    </message>
</context>
<context>
    <name>CountSheets</name>
    <message>
        <location filename="../screens/counts/sheets.py" line="41"/>
        <source>Save the count sheet</source>
        <translation>Enregistrer la feuille de comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/sheets.py" line="42"/>
        <location filename="../screens/counts/sheets.py" line="59"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/counts/sheets.py" line="49"/>
        <source>Count sheet saved: {path} ({count} line(s) to count).</source>
        <translation>Feuille de comptage enregistrée : {path} ({count} ligne(s) à compter).</translation>
    </message>
    <message>
        <location filename="../screens/counts/sheets.py" line="52"/>
        <source>Writing the count sheet…</source>
        <translation>Écriture de la feuille de comptage…</translation>
    </message>
    <message>
        <location filename="../screens/counts/sheets.py" line="59"/>
        <source>Filled count sheet</source>
        <translation>Feuille de comptage remplie</translation>
    </message>
    <message>
        <location filename="../screens/counts/sheets.py" line="64"/>
        <source>Reading the count sheet…</source>
        <translation>Lecture de la feuille de comptage…</translation>
    </message>
    <message>
        <location filename="../screens/counts/sheets.py" line="74"/>
        <source>Count sheet imported: {count} line(s) counted.</source>
        <translation>Feuille de comptage importée : {count} ligne(s) comptée(s).</translation>
    </message>
    <message>
        <location filename="../screens/counts/sheets.py" line="83"/>
        <source>Nothing was imported: {count} row(s) of the sheet need correcting.</source>
        <translation>Rien n’a été importé : {count} ligne(s) de la feuille à corriger.</translation>
    </message>
</context>
<context>
    <name>CountView</name>
    <message>
        <location filename="../screens/counts/view.py" line="243"/>
        <source>Stock counts</source>
        <translation>Inventaires</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="244"/>
        <source>No count is open.</source>
        <translation>Aucun comptage n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="245"/>
        <source>Start a count</source>
        <translation>Commencer un comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="246"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="247"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="248"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="249"/>
        <source>Blind (counters do not see the book quantities)</source>
        <translation>À l&apos;aveugle (les compteurs ne voient pas les quantités théoriques)</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="250"/>
        <source>Start the count</source>
        <translation>Commencer le comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="251"/>
        <source>Set count</source>
        <translation>Fixer le nombre</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="252"/>
        <source>Count of the chosen line</source>
        <translation>Nombre pour la ligne choisie</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="253"/>
        <location filename="../screens/counts/view.py" line="259"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="254"/>
        <source>Place done</source>
        <translation>Emplacement terminé</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="255"/>
        <source>Export sheet</source>
        <translation>Exporter la feuille</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="256"/>
        <source>Import sheet</source>
        <translation>Importer la feuille</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="257"/>
        <source>Books</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="258"/>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="260"/>
        <source>Ask recount</source>
        <translation>Demander un recomptage</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="261"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>CountVocabulary</name>
    <message>
        <location filename="../screens/counts/view.py" line="32"/>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="33"/>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="34"/>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="35"/>
        <source>expired</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="36"/>
        <source>theft</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../screens/counts/view.py" line="37"/>
        <source>data error</source>
        <translation>erreur de saisie</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="39"/>
        <source>usable</source>
        <translation>utilisable</translation>
    </message>
    <message>
        <location filename="../screens/counts/books.py" line="40"/>
        <source>quarantine</source>
        <translation>quarantaine</translation>
    </message>
</context>
<context>
    <name>CountedLinesModel</name>
    <message>
        <location filename="../screens/counts/lines.py" line="70"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="70"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="71"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="71"/>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="87"/>
        <source>{name} (place done)</source>
        <translation>{name} (emplacement terminé)</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="92"/>
        <source>A reviewer asked for this line to be counted again.</source>
        <translation>Un vérificateur a demandé de recompter cette ligne.</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <location filename="../screens/counts/lines.py" line="149"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="149"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="165"/>
        <source>{counted} of {total} lines</source>
        <translation>{counted} lignes sur {total}</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="173"/>
        <source>no place</source>
        <translation>sans emplacement</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../screens/counts/lines.py" line="103"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="103"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="103"/>
        <source>Book</source>
        <translation>Théorique</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="104"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="104"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="105"/>
        <source>Difference (kg)</source>
        <translation>Écart (kg)</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="105"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="106"/>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="121"/>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="137"/>
        <source>Waiting for a recount.</source>
        <translation>En attente d&apos;un recomptage.</translation>
    </message>
</context>
<context>
    <name>SheetProblemsModel</name>
    <message>
        <location filename="../screens/counts/lines.py" line="186"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="186"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../screens/counts/lines.py" line="187"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
</TS>
