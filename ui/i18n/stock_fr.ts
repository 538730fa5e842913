<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../screens/audit/screen.py" line="117"/>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="119"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="120"/>
        <source>Changes to people, catalogue, months</source>
        <translation>Modifications des personnes, du catalogue, des mois</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="121"/>
        <source>Every organisation</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="141"/>
        <source>Reading who did what…</source>
        <translation>Lecture de qui a fait quoi…</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="154"/>
        <source>{count} records, newest first</source>
        <translation>{count} enregistrements, les plus récents en premier</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../screens/audit/view.py" line="104"/>
        <source>Who did what</source>
        <translation>Qui a fait quoi</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="106"/>
        <source>Every document posted and every change to people, catalogue and closed months, newest first.</source>
        <translation>Chaque document enregistré et chaque modification des personnes, du catalogue et des mois clôturés, les plus récents en premier.</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="108"/>
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="109"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
</context>
<context>
    <name>BoxContentsModel</name>
    <message>
        <location filename="../screens/stock/tables.py" line="193"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="193"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="193"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="194"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="194"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
</context>
<context>
    <name>BoxDetailView</name>
    <message>
        <location filename="../screens/stock/detail_view.py" line="118"/>
        <source>Back to the stock</source>
        <translation>Retour au stock</translation>
    </message>
    <message>
        <location filename="../screens/stock/detail_view.py" line="119"/>
        <source>In the box</source>
        <translation>Dans le carton</translation>
    </message>
    <message>
        <location filename="../screens/stock/detail_view.py" line="120"/>
        <source>Movements in and out of the box, newest first</source>
        <translation>Entrées et sorties du carton, les plus récentes en premier</translation>
    </message>
</context>
<context>
    <name>BoxHistoryModel</name>
    <message>
        <location filename="../screens/stock/tables.py" line="212"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="212"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="213"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="213"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="214"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="214"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <location filename="../screens/stock/tables.py" line="164"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="164"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="165"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="165"/>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="165"/>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="166"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="166"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="167"/>
        <source>Place / box</source>
        <translation>Emplacement / carton</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="167"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>ItemCardView</name>
    <message>
        <location filename="../screens/stock/detail_view.py" line="98"/>
        <source>Back to the stock</source>
        <translation>Retour au stock</translation>
    </message>
    <message>
        <location filename="../screens/stock/detail_view.py" line="99"/>
        <source>Stock card of</source>
        <translation>Fiche de stock de</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../screens/stock/tables.py" line="146"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="146"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="147"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="147"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="147"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="148"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="148"/>
        <source>Place / box</source>
        <translation>Emplacement / carton</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="149"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>StockExport</name>
    <message>
        <location filename="../screens/stock/export.py" line="39"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../screens/stock/export.py" line="40"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/stock/export.py" line="52"/>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <location filename="../screens/stock/export.py" line="78"/>
        <source>{count} rows written to {path}</source>
        <translation>{count} lignes écrites dans {path}</translation>
    </message>
    <message>
        <location filename="../screens/stock/export.py" line="88"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../screens/stock/tables.py" line="112"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="112"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="113"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="113"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="114"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="114"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="115"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/stock/tables.py" line="115"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../screens/stock/screen.py" line="173"/>
        <source>Every organisation</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="174"/>
        <source>Every category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="175"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="176"/>
        <source>Usable and quarantine</source>
        <translation>Utilisable et en quarantaine</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="177"/>
        <source>Usable only</source>
        <translation>Utilisable seulement</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="177"/>
        <source>Quarantine only</source>
        <translation>Quarantaine seulement</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="215"/>
        <source>Reading the movements…</source>
        <translation>Lecture des mouvements…</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="238"/>
        <source>{count} lines of stock</source>
        <translation>{count} lignes de stock</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="240"/>
        <source>{count} movements</source>
        <translation>{count} mouvements</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="242"/>
        <source>the date and minimum filters apply to stock on hand only</source>
        <translation>les filtres de date et de minimum ne s’appliquent qu’au stock disponible</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="308"/>
        <source>{owner} holds {balance} {unit}. {count} movements.</source>
        <translation>{owner} détient {balance} {unit}. {count} mouvements.</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="312"/>
        <source>The newest {shown} are shown.</source>
        <translation>Les {shown} plus récents sont affichés.</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="327"/>
        <source>{owner} · {place} · {status} · {count} movements</source>
        <translation>{owner} · {place} · {status} · {count} mouvements</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="329"/>
        <source>no place</source>
        <translation>sans emplacement</translation>
    </message>
    <message>
        <location filename="../screens/stock/screen.py" line="359"/>
        <source>{code} is not an item, a box or a shelf of this hangar.</source>
        <translation>{code} n’est ni un article, ni un carton, ni une étagère de ce hangar.</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../screens/stock/view.py" line="200"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="202"/>
        <source>Scan an item for its stock card, a box for what is in it, a shelf to see its stock.</source>
        <translation>Scannez un article pour sa fiche de stock, un carton pour son contenu, une étagère pour voir son stock.</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="203"/>
        <source>Item name or code</source>
        <translation>Nom ou code de l’article</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="204"/>
        <source>Date within (days)</source>
        <translation>Date dans les (jours)</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="205"/>
        <source>Below minimum</source>
        <translation>Sous le minimum</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="206"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="207"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="208"/>
        <source>On hand</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../screens/stock/view.py" line="209"/>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <location filename="../screens/stock/words.py" line="9"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="10"/>
        <source>opening balance</source>
        <translation>solde d’ouverture</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="11"/>
        <source>transfer in</source>
        <translation>transfert entrant</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="12"/>
        <source>transfer out</source>
        <translation>transfert sortant</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="13"/>
        <source>loan in</source>
        <translation>prêt reçu</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="14"/>
        <source>loan out</source>
        <translation>prêt accordé</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="15"/>
        <source>repaid in</source>
        <translation>remboursement reçu</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="16"/>
        <source>repaid out</source>
        <translation>remboursement rendu</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="17"/>
        <source>produced</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="18"/>
        <source>used in production</source>
        <translation>utilisé en production</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="19"/>
        <source>given out</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="20"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="21"/>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="22"/>
        <source>moved in</source>
        <translation>déplacé (arrivée)</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="23"/>
        <source>moved out</source>
        <translation>déplacé (départ)</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="24"/>
        <source>status changed (in)</source>
        <translation>changement de statut (entrée)</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="25"/>
        <source>status changed (out)</source>
        <translation>changement de statut (sortie)</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="29"/>
        <source>Donation receipt</source>
        <translation>Réception de don</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="30"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="31"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="32"/>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="33"/>
        <source>Loan repayment</source>
        <translation>Remboursement de prêt</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="34"/>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="35"/>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="36"/>
        <source>Loss report</source>
        <translation>Déclaration de perte</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="37"/>
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="38"/>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="39"/>
        <source>Quarantine or release</source>
        <translation>Quarantaine ou remise en stock</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="40"/>
        <source>Meal batch</source>
        <translation>Fournée de repas</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="41"/>
        <source>Kit build</source>
        <translation>Montage de kits</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="42"/>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="46"/>
        <source>usable</source>
        <translation>utilisable</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="47"/>
        <source>quarantine</source>
        <translation>quarantaine</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="51"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="52"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="53"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../screens/stock/words.py" line="54"/>
        <source>gone</source>
        <translation>parti</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <location filename="../screens/audit/screen.py" line="37"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="37"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="37"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="38"/>
        <source>Document or record</source>
        <translation>Document ou fiche</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="39"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="54"/>
        <source>reversed</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="54"/>
        <source>posted</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location filename="../screens/audit/screen.py" line="55"/>
        <source>{status}, dated {day}</source>
        <translation>{status}, daté du {day}</translation>
    </message>
</context>
</TS>
