<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>BillModel</name>
    <message>
        <location filename="../screens/workshop_lines.py" line="98" />
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="98" />
        <source>Per kit</source>
        <translation>Par kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="99" />
        <source>Used up</source>
        <translation>Consommée</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="99" />
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="100" />
        <source>Or instead</source>
        <translation>Ou à la place</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="122" />
        <source>Used up by building (nails, tape): not returned when a kit is taken apart.</source>
        <translation>Consommée au montage (clous, ruban) : non rendue quand un kit est démonté.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="125" />
        <source>Goes in when there is some; never stops a build.</source>
        <translation>Ajoutée quand il y en a ; n'empêche jamais un montage.</translation>
    </message>
</context>
<context>
    <name>BuildPage</name>
    <message>
        <location filename="../screens/workshop_view.py" line="116" />
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="117" />
        <source>From the stock of</source>
        <translation>Sur le stock de</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="118" />
        <source>We can build now</source>
        <translation>Nous pouvons monter maintenant</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="119" />
        <source>How many kits?</source>
        <translation>Combien de kits ?</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="120" />
        <source>Number of kits</source>
        <translation>Nombre de kits</translation>
    </message>
</context>
<context>
    <name>ContentsModel</name>
    <message>
        <location filename="../screens/workshop_lines.py" line="179" />
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="179" />
        <source>In the kit</source>
        <translation>Dans le kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="180" />
        <source>When taken apart</source>
        <translation>Au démontage</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="188" />
        <source>used up</source>
        <translation>consommée</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="188" />
        <source>back on the shelf</source>
        <translation>remise sur l'étagère</translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <location filename="../screens/workshop_designs.py" line="120" />
        <source>Type how much of it goes in one kit.</source>
        <translation>Tapez la quantité qui va dans un kit.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="126" />
        <source>Find the part first: type its name or scan it.</source>
        <translation>Trouvez d'abord la pièce : tapez son nom ou scannez-la.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="136" />
        <source>{part} is already a line: change its quantity in the table.</source>
        <translation>{part} est déjà une ligne : changez sa quantité dans le tableau.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="142" />
        <source>{part} added.</source>
        <translation>{part} ajoutée.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="147" />
        <source>Choose a line in the table and a part in the list.</source>
        <translation>Choisissez une ligne du tableau et une pièce de la liste.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="155" />
        <source>{part} is already on that line.</source>
        <translation>{part} est déjà sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="160" />
        <source>{part} may stand in for {main}.</source>
        <translation>{part} peut remplacer {main}.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="185" />
        <source>{code} is not a part: nothing was added.</source>
        <translation>{code} n'est pas une pièce : rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="202" />
        <source>{name} is saved: it can be built now.</source>
        <translation>{name} est enregistré : on peut le monter dès maintenant.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs.py" line="204" />
        <source>{name} is saved as version {version}: kits built before keep their version.</source>
        <translation>{name} est enregistré en version {version} : les kits déjà montés gardent la leur.</translation>
    </message>
</context>
<context>
    <name>DesignsPage</name>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="103" />
        <source>Create the design</source>
        <translation>Créer le modèle</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="105" />
        <source>Save as version {n}</source>
        <translation>Enregistrer en version {n}</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="108" />
        <source>New design</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="109" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="110" />
        <source>Kit item</source>
        <translation>Article kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="111" />
        <source>Remove the chosen line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="112" />
        <source>Remove its substitutes</source>
        <translation>Retirer ses remplaçantes</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="113" />
        <source>Find a part: type its name, or scan it</source>
        <translation>Trouver une pièce : tapez son nom, ou scannez-la</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="114" />
        <source>Plank, tarpaulin…</source>
        <translation>Planche, bâche…</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="115" />
        <source>Per kit</source>
        <translation>Par kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="116" />
        <source>Add as a line</source>
        <translation>Ajouter en ligne</translation>
    </message>
    <message>
        <location filename="../screens/workshop_designs_view.py" line="117" />
        <source>Add as substitute of the chosen line</source>
        <translation>Ajouter comme remplaçante de la ligne choisie</translation>
    </message>
</context>
<context>
    <name>ShortageModel</name>
    <message>
        <location filename="../screens/workshop_lines.py" line="164" />
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="164" />
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="165" />
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../screens/workshop_lines.py" line="165" />
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
</context>
<context>
    <name>UnkitPage</name>
    <message>
        <location filename="../screens/workshop_view.py" line="157" />
        <source>Scan a kit's label (KIT-…) to see what is in it, or type its code.</source>
        <translation>Scannez l'étiquette d'un kit (KIT-…) pour voir ce qu'il contient, ou tapez son code.</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="159" />
        <source>KIT-000001</source>
        <translation>KIT-000001</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="160" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="161" />
        <source>Take this kit apart</source>
        <translation>Démonter ce kit</translation>
    </message>
</context>
<context>
    <name>WorkshopScreen</name>
    <message>
        <location filename="../screens/workshop.py" line="108" />
        <source>There is no kit design yet: make one on Kit designs.</source>
        <translation>Il n'y a encore aucun modèle de kit : créez-en un dans Modèles de kits.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="154" />
        <source>Limited by: {parts}</source>
        <translation>Limité par : {parts}</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="157" />
        <source>Nothing limits it.</source>
        <translation>Rien ne le limite.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="163" />
        <source>Missing to build {n}:</source>
        <translation>Manque pour en monter {n} :</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="167" />
        <source>{part}: {have} there, {per_kit} per kit</source>
        <translation>{part} : {have} en stock, {per_kit} par kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="171" />
        <source>(or {others})</source>
        <translation>(ou {others})</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="181" />
        <source>Build</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="183" />
        <source>Build 1 kit</source>
        <translation>Monter 1 kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="184" />
        <source>Build {n} kits</source>
        <translation>Monter {n} kits</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="196" />
        <source>Building the kits…</source>
        <translation>Montage des kits…</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="206" />
        <source>Built 1 kit ({codes}) as {document}. Its label is ready to print.</source>
        <translation>1 kit monté ({codes}), document {document}. Son étiquette est prête à imprimer.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="208" />
        <source>Built {n} kits ({codes}) as {document}. Their labels are ready to print.</source>
        <translation>{n} kits montés ({codes}), document {document}. Leurs étiquettes sont prêtes à imprimer.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="212" />
        <source>Kit labels of {document}</source>
        <translation>Étiquettes des kits de {document}</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="244" />
        <source>{code} is not a kit.</source>
        <translation>{code} n'est pas un kit.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="247" />
        <source>no place</source>
        <translation>aucun emplacement</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="248" />
        <source>{owner}'s kit, at {place}. Taking it apart puts its parts back at {place}; what was used up stays used up.</source>
        <translation>Kit de {owner}, à {place}. Le démonter remet ses pièces à {place} ; ce qui a été consommé le reste.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="252" />
        <source>{code} was already taken apart.</source>
        <translation>{code} a déjà été démonté.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="255" />
        <source>Check the parts, then tap Take this kit apart.</source>
        <translation>Vérifiez les pièces, puis touchez Démonter ce kit.</translation>
    </message>
    <message>
        <location filename="../screens/workshop.py" line="269" />
        <source>{code} is taken apart ({document}): its parts are back in {owner}'s stock.</source>
        <translation>{code} est démonté ({document}) : ses pièces sont revenues dans le stock de {owner}.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../screens/workshop_view.py" line="210" />
        <source>Build kits</source>
        <translation>Monter des kits</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="210" />
        <source>Kit designs</source>
        <translation>Modèles de kits</translation>
    </message>
    <message>
        <location filename="../screens/workshop_view.py" line="211" />
        <source>Take a kit apart</source>
        <translation>Démonter un kit</translation>
    </message>
</context>
</TS>