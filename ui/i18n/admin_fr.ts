<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../screens/admin/screen.py" line="128"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../screens/admin/screen.py" line="128"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../screens/admin/screen.py" line="129"/>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <location filename="../screens/admin/screen.py" line="129"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>AdminVocabulary</name>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="34"/>
        <source>cereals with gluten</source>
        <translation>céréales contenant du gluten</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="35"/>
        <source>crustaceans</source>
        <translation>crustacés</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="36"/>
        <source>eggs</source>
        <translation>œufs</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="37"/>
        <source>fish</source>
        <translation>poissons</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="38"/>
        <source>peanuts</source>
        <translation>arachides</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="39"/>
        <source>soybeans</source>
        <translation>soja</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="40"/>
        <source>milk</source>
        <translation>lait</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="41"/>
        <source>nuts</source>
        <translation>fruits à coque</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="42"/>
        <source>celery</source>
        <translation>céleri</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="43"/>
        <source>mustard</source>
        <translation>moutarde</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="44"/>
        <source>sesame</source>
        <translation>sésame</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="45"/>
        <source>sulphites</source>
        <translation>sulfites</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="46"/>
        <source>lupin</source>
        <translation>lupin</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="47"/>
        <source>molluscs</source>
        <translation>mollusques</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="26"/>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="27"/>
        <source>aisle</source>
        <translation>allée</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="28"/>
        <source>shelf</source>
        <translation>étagère</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="29"/>
        <source>bin</source>
        <translation>bac</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="30"/>
        <source>area</source>
        <translation>espace</translation>
    </message>
</context>
<context>
    <name>CatalogueAdmin</name>
    <message>
        <location filename="../screens/admin/catalogue.py" line="104"/>
        <source>Category {name} added.</source>
        <translation>Catégorie {name} ajoutée.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="117"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="117"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="117"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="118"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="154"/>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="154"/>
        <source>One scan counts</source>
        <translation>Un scan compte</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="209"/>
        <source>{code} saved.</source>
        <translation>{code} enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="212"/>
        <source>{count} item(s) added: one per size.</source>
        <translation>{count} article(s) ajouté(s)&#xa0;: un par taille.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="213"/>
        <source>Item added.</source>
        <translation>Article ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="227"/>
        <source>{code} is not a product: scan the barcode printed on the product.</source>
        <translation>{code} n’est pas un produit&#xa0;: scannez le code-barres imprimé sur le produit.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="234"/>
        <source>{code} is linked to {name}: one scan counts {pack} {unit}. To change that, unlink it and link it again.</source>
        <translation>{code} est associé à {name}&#xa0;: un scan compte {pack} {unit}. Pour changer cela, dissociez-le puis associez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="244"/>
        <source>Choose the item this barcode is for, then tap Link.</source>
        <translation>Choisissez l’article de ce code-barres, puis touchez Associer.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="248"/>
        <source>Barcode {code} for {name}: say how many one scan counts, then tap Link.</source>
        <translation>Code-barres {code} pour {name}&#xa0;: indiquez combien compte un scan, puis touchez Associer.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="276"/>
        <source>{code} linked: one scan counts {pack} {unit} of {name}.</source>
        <translation>{code} associé&#xa0;: un scan compte {pack} {unit} de {name}.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue.py" line="283"/>
        <source>Choose a barcode in the list first.</source>
        <translation>Choisissez d’abord un code-barres dans la liste.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="168"/>
        <source>Item {code}</source>
        <translation>Article {code}</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="169"/>
        <location filename="../screens/admin/catalogue_view.py" line="203"/>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="170"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="170"/>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="171"/>
        <source>S, M, L, XL: one item per size</source>
        <translation>S, M, L, XL&#xa0;: un article par taille</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="180"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="181"/>
        <source>Add category</source>
        <translation>Ajouter la catégorie</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="182"/>
        <source>At the top level, not under the chosen one</source>
        <translation>Au premier niveau, pas sous celle choisie</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="183"/>
        <source>Find an item by name or code</source>
        <translation>Trouver un article par nom ou code</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="184"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="184"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="185"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="185"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="186"/>
        <source>Weight per unit (g)</source>
        <translation>Poids unitaire (g)</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="187"/>
        <source>Shelf life (days)</source>
        <translation>Durée de conservation (jours)</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="188"/>
        <source>Minimum level</source>
        <translation>Stock minimum</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="189"/>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="191"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="192"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="193"/>
        <source>no minimum</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="194"/>
        <source>Perishable: kept in lots with a date</source>
        <translation>Périssable&#xa0;: gardé en lots datés</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="195"/>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="202"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="204"/>
        <source>Product barcodes</source>
        <translation>Codes-barres produit</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="206"/>
        <source>Scan a product: its barcode comes here. One scan of it at intake counts the pack quantity.</source>
        <translation>Scannez un produit&#xa0;: son code-barres s’inscrit ici. À la réception, un scan compte la quantité du lot.</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="208"/>
        <source>Barcode (scan it)</source>
        <translation>Code-barres (scannez-le)</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="209"/>
        <source>Pack of</source>
        <translation>Lot de</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="210"/>
        <source>Link</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location filename="../screens/admin/catalogue_view.py" line="211"/>
        <source>Unlink the chosen barcode</source>
        <translation>Dissocier le code-barres choisi</translation>
    </message>
</context>
<context>
    <name>LocationsAdmin</name>
    <message>
        <location filename="../screens/admin/locations.py" line="56"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="56"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="85"/>
        <source>Add under {code} · {name}</source>
        <translation>Ajouter sous {code} · {name}</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="86"/>
        <source>Add at the top level</source>
        <translation>Ajouter au premier niveau</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="111"/>
        <source>{code} added.</source>
        <translation>{code} ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="119"/>
        <source>{code} renamed.</source>
        <translation>{code} renommé.</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="128"/>
        <source>{code} is no longer used.</source>
        <translation>{code} n’est plus utilisé.</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations.py" line="145"/>
        <source>Labels of {code} and all under it</source>
        <translation>Étiquettes de {code} et de tout ce qu’il contient</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <location filename="../screens/admin/locations_view.py" line="110"/>
        <source>Add at the top level (a new zone)</source>
        <translation>Ajouter au premier niveau (une nouvelle zone)</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="113"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="114"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="115"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="116"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="117"/>
        <source>The chosen place</source>
        <translation>L’emplacement choisi</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="118"/>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="119"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="120"/>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../screens/admin/locations_view.py" line="121"/>
        <source>Print its labels and all under it</source>
        <translation>Imprimer ses étiquettes et tout ce qu’il contient</translation>
    </message>
</context>
<context>
    <name>OrganisationsAdmin</name>
    <message>
        <location filename="../screens/admin/organisations.py" line="52"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="52"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="52"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="52"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="69"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="69"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="98"/>
        <source>Colour on its labels</source>
        <translation>Couleur sur ses étiquettes</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="105"/>
        <source>{code} added.</source>
        <translation>{code} ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="114"/>
        <source>{code} saved.</source>
        <translation>{code} enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="122"/>
        <source>{code} no longer works in the hangar: its people cannot sign in.</source>
        <translation>{code} ne travaille plus dans le hangar&#xa0;: ses membres ne peuvent plus se connecter.</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations.py" line="123"/>
        <source>{code} is back: its people can sign in again.</source>
        <translation>{code} est de retour&#xa0;: ses membres peuvent à nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="110"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="111"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="119"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="120"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="121"/>
        <source>Colour on its labels</source>
        <translation>Couleur sur ses étiquettes</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="122"/>
        <source>AID</source>
        <translation>AID</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="123"/>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="124"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="125"/>
        <source>Add organisation</source>
        <translation>Ajouter l’organisation</translation>
    </message>
    <message>
        <location filename="../screens/admin/organisations_view.py" line="126"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>PeopleAdmin</name>
    <message>
        <location filename="../screens/admin/people.py" line="76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="76"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="76"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="77"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="77"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="79"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="79"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="87"/>
        <source>none needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="88"/>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="88"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="103"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="103"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="108"/>
        <source>{name} · {role} · {organisation}</source>
        <translation>{name} · {role} · {organisation}</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="125"/>
        <source>{name} can sign in now: {organisation}, then their name.</source>
        <translation>{name} peut se connecter&#xa0;: {organisation}, puis son nom.</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="141"/>
        <source>{name} ({role}) can sign in now with their PIN.</source>
        <translation>{name} ({role}) peut se connecter avec son code PIN.</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="156"/>
        <source>{name}&apos;s new PIN is set: tell them, not the room.</source>
        <translation>Le nouveau code PIN de {name} est enregistré&#xa0;: dites-le-lui, pas à toute la salle.</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="168"/>
        <source>{name} is back: they can sign in again.</source>
        <translation>{name} est de retour&#xa0;: il ou elle peut à nouveau se connecter.</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="174"/>
        <source>Tap again to deactivate {name}</source>
        <translation>Touchez encore pour désactiver {name}</translation>
    </message>
    <message>
        <location filename="../screens/admin/people.py" line="180"/>
        <source>{name} can no longer sign in; what they did stays theirs.</source>
        <translation>{name} ne peut plus se connecter&#xa0;; ce qu’il ou elle a fait lui reste attribué.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../screens/admin/people_view.py" line="110"/>
        <source>Add a volunteer</source>
        <translation>Ajouter un·e bénévole</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="111"/>
        <source>Name, then Enter</source>
        <translation>Nom, puis Entrée</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="112"/>
        <source>Add volunteer</source>
        <translation>Ajouter le ou la bénévole</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="113"/>
        <source>Add a lead, coordinator or partner</source>
        <translation>Ajouter un·e responsable, coordinateur·rice ou partenaire</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="115"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="116"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="117"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="118"/>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="119"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="120"/>
        <source>Find a person or an organisation</source>
        <translation>Trouver une personne ou une organisation</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="121"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="122"/>
        <source>Reset PIN</source>
        <translation>Réinitialiser le code PIN</translation>
    </message>
    <message>
        <location filename="../screens/admin/people_view.py" line="123"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
</context>
</TS>
