<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CountScreen</name>
    <message>
        <location filename="../screens/counts.py" line="99"/>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="104"/>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="114"/>
        <source>All places</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="116"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="120"/>
        <source>being counted</source>
        <translation>en cours de comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="120"/>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="122"/>
        <source>blind</source>
        <translation>à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="122"/>
        <location filename="../screens/counts.py" line="154"/>
        <source>open count</source>
        <translation>comptage ouvert</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="123"/>
        <source>{code} · {owner} · {scope} · {kind} · {status}</source>
        <translation>{code} · {owner} · {scope} · {kind} · {status}</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="124"/>
        <source>all stock</source>
        <translation>tout le stock</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="143"/>
        <source>{code} is open: counters can start.</source>
        <translation>{code} est ouvert : les compteurs peuvent commencer.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="154"/>
        <source>blind count</source>
        <translation>comptage à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="155"/>
        <source>Counting {code} ({kind})</source>
        <translation>Comptage {code} ({kind})</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="163"/>
        <source>Scan the shelf you are counting, then each item.</source>
        <translation>Scannez l&apos;étagère que vous comptez, puis chaque article.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="165"/>
        <source>Count the highlighted lines again: choose one, type its count, and tap Set count.</source>
        <translation>Recomptez les lignes surlignées : choisissez-en une, tapez son nombre, puis touchez « Fixer le nombre ».</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="170"/>
        <source>Scan a shelf</source>
        <translation>Scannez une étagère</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="172"/>
        <source>Counting box {box}</source>
        <translation>Comptage du carton {box}</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="174"/>
        <source>Counting at {place}</source>
        <translation>Comptage à {place}</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="191"/>
        <source>Now counting at {place}.</source>
        <translation>Comptage à {place}.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="195"/>
        <source>Now counting inside {box}.</source>
        <translation>Comptage dans le carton {box}.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="198"/>
        <source>Counted {code}.</source>
        <translation>{code} compté.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="200"/>
        <source>Scan the shelf first, then the items on it.</source>
        <translation>Scannez d&apos;abord l&apos;étagère, puis les articles qui s&apos;y trouvent.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="202"/>
        <source>{code} is not a product: nothing was counted.</source>
        <translation>{code} n&apos;est pas un produit : rien n&apos;a été compté.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="217"/>
        <source>Choose the line to set, then type its count.</source>
        <translation>Choisissez la ligne, puis tapez son nombre.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="222"/>
        <source>Type a number.</source>
        <translation>Tapez un nombre.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="231"/>
        <source>Count set.</source>
        <translation>Nombre enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="235"/>
        <source>Every recount is done: the count is back with its reviewer.</source>
        <translation>Tous les recomptages sont faits : le comptage revient à son vérificateur.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="247"/>
        <source>{place} is done ({zeros} position(s) nobody found counted as zero).</source>
        <translation>{place} est terminé ({zeros} position(s) introuvable(s) comptée(s) à zéro).</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="260"/>
        <source>{code} is submitted for review. Thank you!</source>
        <translation>{code} est envoyé pour vérification. Merci !</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="271"/>
        <source>Review of {code}</source>
        <translation>Vérification de {code}</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="280"/>
        <source>Choose a reason</source>
        <translation>Choisir un motif</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="291"/>
        <source>You counted in this count: another coordinator or administrator must approve it.</source>
        <translation>Vous avez compté dans ce comptage : un autre coordinateur ou administrateur doit l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="294"/>
        <source>The count is still open: it can be approved once submitted.</source>
        <translation>Le comptage est encore ouvert : il pourra être approuvé une fois envoyé.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="302"/>
        <source>{count} line(s) differ from the book.</source>
        <translation>{count} ligne(s) diffèrent du stock théorique.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="317"/>
        <source>Choose the lines to recount first.</source>
        <translation>Choisissez d&apos;abord les lignes à recompter.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="333"/>
        <source>{code} is approved: the differences were posted as {document}.</source>
        <translation>{code} est approuvé : les écarts ont été enregistrés dans {document}.</translation>
    </message>
    <message>
        <location filename="../screens/counts.py" line="336"/>
        <source>{code} is approved: nothing differed from the book.</source>
        <translation>{code} est approuvé : aucun écart avec le stock théorique.</translation>
    </message>
</context>
<context>
    <name>CountView</name>
    <message>
        <location filename="../screens/counts_view.py" line="181"/>
        <source>Stock counts</source>
        <translation>Inventaires</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="182"/>
        <source>No count is open.</source>
        <translation>Aucun comptage n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="183"/>
        <source>Start a count</source>
        <translation>Commencer un comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="184"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="185"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="186"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="187"/>
        <source>Blind (counters do not see the book quantities)</source>
        <translation>À l&apos;aveugle (les compteurs ne voient pas les quantités théoriques)</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="188"/>
        <source>Start the count</source>
        <translation>Commencer le comptage</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="189"/>
        <source>Set count</source>
        <translation>Fixer le nombre</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="190"/>
        <source>Count of the chosen line</source>
        <translation>Nombre pour la ligne choisie</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="191"/>
        <location filename="../screens/counts_view.py" line="194"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="192"/>
        <source>Place done</source>
        <translation>Emplacement terminé</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="193"/>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="195"/>
        <source>Ask recount</source>
        <translation>Demander un recomptage</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="196"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>CountVocabulary</name>
    <message>
        <location filename="../screens/counts_view.py" line="28"/>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="29"/>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="30"/>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="31"/>
        <source>expired</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="32"/>
        <source>theft</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../screens/counts_view.py" line="33"/>
        <source>data error</source>
        <translation>erreur de saisie</translation>
    </message>
</context>
<context>
    <name>CountedLinesModel</name>
    <message>
        <location filename="../screens/counts_lines.py" line="68"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="68"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="69"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="69"/>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="85"/>
        <source>{name} (place done)</source>
        <translation>{name} (emplacement terminé)</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="90"/>
        <source>A reviewer asked for this line to be counted again.</source>
        <translation>Un vérificateur a demandé de recompter cette ligne.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../screens/counts_lines.py" line="100"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="100"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="100"/>
        <source>Book</source>
        <translation>Théorique</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="101"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="101"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="102"/>
        <source>Difference (kg)</source>
        <translation>Écart (kg)</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="102"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="103"/>
        <source>Counted by</source>
        <translation>Compté par</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="118"/>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <location filename="../screens/counts_lines.py" line="133"/>
        <source>Waiting for a recount.</source>
        <translation>En attente d&apos;un recomptage.</translation>
    </message>
</context>
</TS>
