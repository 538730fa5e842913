<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../screens/kitchen/batch.py" line="76"/>
        <source>{recipe} · {portions} portions, {left} left · {holding} · cooked {cooked}{cooks} · use by {use_by} · allergens: {allergens}</source>
        <translation>{recipe} · {portions} portions, {left} restantes · {holding} · cuisiné le {cooked}{cooks} · DLC {use_by} · allergènes : {allergens}</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="79"/>
        <source> by {names}</source>
        <translation> par {names}</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="84"/>
        <source>passed</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="84"/>
        <source>FAILED</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="120"/>
        <source>NGO: {name}</source>
        <translation>ONG : {name}</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="165"/>
        <source>The {check} check failed: the batch is on hold. Record a corrective action.</source>
        <translation>Le relevé « {check} » est non conforme : le lot est bloqué. Enregistrez une action corrective.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="168"/>
        <source>Temperature recorded.</source>
        <translation>Température enregistrée.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="179"/>
        <source>Corrective action recorded.</source>
        <translation>Action corrective enregistrée.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="190"/>
        <source>Labels of {code}</source>
        <translation>Étiquettes de {code}</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch.py" line="209"/>
        <source>{document} is posted.</source>
        <translation>{document} est enregistré.</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="146"/>
        <location filename="../screens/kitchen/batch_view.py" line="156"/>
        <source>Check</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="146"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="146"/>
        <location filename="../screens/kitchen/batch_view.py" line="158"/>
        <source>Taken at</source>
        <translation>Pris à</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="146"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="147"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="147"/>
        <location filename="../screens/kitchen/batch_view.py" line="161"/>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="155"/>
        <source>Record a temperature</source>
        <translation>Enregistrer une température</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="157"/>
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="159"/>
        <source>Cooling started at (food at 63 °C)</source>
        <translation>Début du refroidissement (aliment à 63 °C)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="160"/>
        <source>Record temperature</source>
        <translation>Enregistrer la température</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="162"/>
        <source>A failed check holds the batch until you say what was done (reheated to 75 °C, cooking extended, discarded…).</source>
        <translation>Un relevé non conforme bloque le lot jusqu’à ce que vous disiez ce qui a été fait (réchauffé à 75 °C, cuisson prolongée, jeté…).</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="165"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="166"/>
        <source>Record corrective action</source>
        <translation>Enregistrer l’action corrective</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="167"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="168"/>
        <source>Containers</source>
        <translation>Bacs</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="169"/>
        <source>Print labels</source>
        <translation>Imprimer les étiquettes</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="170"/>
        <source>Dispatch portions</source>
        <translation>Expédier des portions</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="171"/>
        <location filename="../screens/kitchen/batch_view.py" line="177"/>
        <source>Portions</source>
        <translation>Portions</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="172"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="173"/>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="174"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="175"/>
        <source>Dispatch</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="176"/>
        <source>Discard portions</source>
        <translation>Jeter des portions</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="178"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="179"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/batch_view.py" line="180"/>
        <source>Discard</source>
        <translation>Jeter</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <location filename="../screens/workshop/lines.py" line="86"/>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="86"/>
        <source>Per kit</source>
        <translation>Par kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="87"/>
        <source>Used up</source>
        <translation>Consommée</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="87"/>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="88"/>
        <source>Or instead</source>
        <translation>Ou à la place</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="110"/>
        <source>Used up by building (nails, tape): not returned when a kit is taken apart.</source>
        <translation>Consommée au montage (clous, ruban)&#xa0;: non rendue quand un kit est démonté.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="113"/>
        <source>Goes in when there is some; never stops a build.</source>
        <translation>Ajoutée quand il y en a&#xa0;; n&apos;empêche jamais un montage.</translation>
    </message>
</context>
<context>
    <name>BuildPage</name>
    <message>
        <location filename="../screens/workshop/view.py" line="124"/>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="125"/>
        <source>From the stock of</source>
        <translation>Sur le stock de</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="126"/>
        <source>We can build now</source>
        <translation>Nous pouvons monter maintenant</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="127"/>
        <source>How many kits?</source>
        <translation>Combien de kits&#xa0;?</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="128"/>
        <source>Put the new kits on</source>
        <translation>Poser les nouveaux kits sur</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="129"/>
        <source>Number of kits</source>
        <translation>Nombre de kits</translation>
    </message>
</context>
<context>
    <name>ContentsModel</name>
    <message>
        <location filename="../screens/workshop/lines.py" line="168"/>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="168"/>
        <source>In the kit</source>
        <translation>Dans le kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="169"/>
        <source>When taken apart</source>
        <translation>Au démontage</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="177"/>
        <source>used up</source>
        <translation>consommée</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="177"/>
        <source>back on the shelf</source>
        <translation>remise sur l&apos;étagère</translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <location filename="../screens/workshop/designs.py" line="131"/>
        <source>Find the part first: type its name or scan it.</source>
        <translation>Trouvez d&apos;abord la pièce&#xa0;: tapez son nom ou scannez-la.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="141"/>
        <source>{part} is already a line: change its quantity in the table.</source>
        <translation>{part} est déjà une ligne&#xa0;: changez sa quantité dans le tableau.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="147"/>
        <source>{part} added.</source>
        <translation>{part} ajoutée.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="152"/>
        <source>Choose a line in the table and a part in the list.</source>
        <translation>Choisissez une ligne du tableau et une pièce de la liste.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="160"/>
        <source>{part} is already on that line.</source>
        <translation>{part} est déjà sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="165"/>
        <source>{part} may stand in for {main}.</source>
        <translation>{part} peut remplacer {main}.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="194"/>
        <source>{code} is not a part: nothing was added.</source>
        <translation>{code} n&apos;est pas une pièce&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="211"/>
        <source>{name} is saved: it can be built now.</source>
        <translation>{name} est enregistré&#xa0;: on peut le monter dès maintenant.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs.py" line="213"/>
        <source>{name} is saved as version {version}: kits built before keep their version.</source>
        <translation>{name} est enregistré en version {version}&#xa0;: les kits déjà montés gardent la leur.</translation>
    </message>
</context>
<context>
    <name>DesignsPage</name>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="102"/>
        <source>Create the design</source>
        <translation>Créer le modèle</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="104"/>
        <source>Save as version {n}</source>
        <translation>Enregistrer en version {n}</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="107"/>
        <source>New design</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="108"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="109"/>
        <source>Kit item</source>
        <translation>Article kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="110"/>
        <source>Remove the chosen line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="111"/>
        <source>Remove its substitutes</source>
        <translation>Retirer ses remplaçantes</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="112"/>
        <source>Find a part: type its name, or scan it</source>
        <translation>Trouver une pièce&#xa0;: tapez son nom, ou scannez-la</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="113"/>
        <source>Plank, tarpaulin…</source>
        <translation>Planche, bâche…</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="114"/>
        <source>Per kit</source>
        <translation>Par kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="115"/>
        <source>Add as a line</source>
        <translation>Ajouter en ligne</translation>
    </message>
    <message>
        <location filename="../screens/workshop/designs_view.py" line="116"/>
        <source>Add as a substitute</source>
        <translation>Ajouter en remplaçante</translation>
    </message>
</context>
<context>
    <name>KitchenScreen</name>
    <message>
        <location filename="../screens/kitchen/screen.py" line="94"/>
        <source>No kitchen to cook for: cooking is for kitchen leads.</source>
        <translation>Aucune cuisine pour laquelle cuisiner : la cuisine est réservée aux responsables de cuisine.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/screen.py" line="120"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>KitchenView</name>
    <message>
        <location filename="../screens/kitchen/view.py" line="123"/>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="124"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="124"/>
        <source>Log a batch</source>
        <translation>Enregistrer un lot</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="125"/>
        <source>Recipes</source>
        <translation>Recettes</translation>
    </message>
</context>
<context>
    <name>KitchenWords</name>
    <message>
        <location filename="../screens/kitchen/words.py" line="17"/>
        <source>gluten</source>
        <translation>gluten</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="18"/>
        <source>crustaceans</source>
        <translation>crustacés</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="19"/>
        <source>eggs</source>
        <translation>œufs</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="20"/>
        <source>fish</source>
        <translation>poisson</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="21"/>
        <source>peanuts</source>
        <translation>arachides</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="22"/>
        <source>soybeans</source>
        <translation>soja</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="23"/>
        <source>milk</source>
        <translation>lait</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="24"/>
        <source>nuts</source>
        <translation>fruits à coque</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="25"/>
        <source>celery</source>
        <translation>céleri</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="26"/>
        <source>mustard</source>
        <translation>moutarde</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="27"/>
        <source>sesame</source>
        <translation>sésame</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="28"/>
        <source>sulphites</source>
        <translation>sulfites</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="29"/>
        <source>lupin</source>
        <translation>lupin</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="30"/>
        <source>molluscs</source>
        <translation>mollusques</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="32"/>
        <source>kept hot</source>
        <translation>maintenu chaud</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="33"/>
        <source>chilled</source>
        <translation>réfrigéré</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="34"/>
        <source>frozen</source>
        <translation>surgelé</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="36"/>
        <source>end of cooking (core)</source>
        <translation>fin de cuisson (à cœur)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="37"/>
        <source>cooling</source>
        <translation>refroidissement</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="38"/>
        <source>chilled storage</source>
        <translation>stockage au froid</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="39"/>
        <source>hot holding</source>
        <translation>maintien au chaud</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="41"/>
        <source>awaiting checks</source>
        <translation>relevés attendus</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="42"/>
        <source>ON HOLD</source>
        <translation>BLOQUÉ</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="43"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="44"/>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="46"/>
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="47"/>
        <source>past its use-by</source>
        <translation>DLC dépassée</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="48"/>
        <source>spoiled</source>
        <translation>avarié</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="49"/>
        <source>theft</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="50"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="52"/>
        <source>per portion</source>
        <translation>par portion</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="53"/>
        <source>per batch</source>
        <translation>par lot</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="54"/>
        <source>cooked + days</source>
        <translation>cuisson + jours</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="55"/>
        <source>cooked + hours</source>
        <translation>cuisson + heures</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="56"/>
        <source>until a time of day</source>
        <translation>jusqu’à une heure du jour</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="74"/>
        <source>no declared allergen</source>
        <translation>aucun allergène déclaré</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="80"/>
        <source>cooked + {n} day(s)</source>
        <translation>cuisson + {n} jour(s)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="82"/>
        <source>cooked + {n} hour(s)</source>
        <translation>cuisson + {n} heure(s)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="83"/>
        <source>until {time}</source>
        <translation>jusqu’à {time}</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="89"/>
        <source>no {check} temperature recorded yet</source>
        <translation>aucune température ({check}) relevée pour l’instant</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="92"/>
        <source>{check} check failed at {time} ({temperature} °C; limit: {rule}), with no corrective action</source>
        <translation>relevé {check} non conforme à {time} ({temperature} °C ; limite : {rule}), sans action corrective</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/words.py" line="104"/>
        <source>Released: labels and dispatch are allowed.</source>
        <translation>Libéré : étiquettes et expédition autorisées.</translation>
    </message>
</context>
<context>
    <name>LogBatchPage</name>
    <message>
        <location filename="../screens/kitchen/log.py" line="60"/>
        <source>Ingredients come from the stock of {kitchen}. Food of another NGO comes to the kitchen by a transfer first.</source>
        <translation>Les ingrédients viennent du stock de {kitchen}. Les denrées d’une autre ONG arrivent d’abord en cuisine par un transfert.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log.py" line="116"/>
        <source>{recipe}, {portions} portions. Allergens: {allergens}. Use by, if cooked now: {use_by}.</source>
        <translation>{recipe}, {portions} portions. Allergènes : {allergens}. DLC si cuisiné maintenant : {use_by}.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log.py" line="139"/>
        <source>Batch {code} is logged: {recipe}, {portions} portions. Record its temperatures before labels and dispatch.</source>
        <translation>Le lot {code} est enregistré : {recipe}, {portions} portions. Relevez ses températures avant les étiquettes et l’expédition.</translation>
    </message>
</context>
<context>
    <name>LogBatchView</name>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="75"/>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="75"/>
        <source>Needed</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="75"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="76"/>
        <source>Take</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="76"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="84"/>
        <source>1. Tap the recipe</source>
        <translation>1. Touchez la recette</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="85"/>
        <source>No recipe yet: add one on the Recipes page.</source>
        <translation>Pas encore de recette : ajoutez-en une sur la page Recettes.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="86"/>
        <source>2. Portions</source>
        <translation>2. Portions</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="87"/>
        <source>Cooks (names, separated by commas)</source>
        <translation>Cuisiniers (noms séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="88"/>
        <source>3. What the batch takes, oldest date first</source>
        <translation>3. Ce que prend le lot, date la plus ancienne d’abord</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="89"/>
        <source>Cook</source>
        <translation>Cuisiner</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/log_view.py" line="90"/>
        <source>Temperatures and labels</source>
        <translation>Températures et étiquettes</translation>
    </message>
</context>
<context>
    <name>RecipesPage</name>
    <message>
        <location filename="../screens/kitchen/recipes.py" line="75"/>
        <source>Tap the recipe to change first.</source>
        <translation>Touchez d’abord la recette à modifier.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes.py" line="82"/>
        <source>New recipe</source>
        <translation>Nouvelle recette</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes.py" line="83"/>
        <source>{name}: version {version} (version {old} stays as it was for its batches)</source>
        <translation>{name} : version {version} (la version {old} reste telle quelle pour ses lots)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes.py" line="112"/>
        <source>No dish is counted in portions yet: add one to the catalogue (unit: portion) first.</source>
        <translation>Aucun plat n’est encore compté en portions : ajoutez-en un au catalogue (unité : portion) d’abord.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes.py" line="143"/>
        <source>Find the ingredient and type its quantity first.</source>
        <translation>Cherchez d’abord l’ingrédient et tapez sa quantité.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes.py" line="163"/>
        <source>Allergens of the dish: {allergens}</source>
        <translation>Allergènes du plat : {allergens}</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes.py" line="187"/>
        <source>{name} version {version} is saved.</source>
        <translation>{name} version {version} est enregistrée.</translation>
    </message>
</context>
<context>
    <name>RecipesView</name>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="116"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="116"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="116"/>
        <source>Dish</source>
        <translation>Plat</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="116"/>
        <location filename="../screens/kitchen/recipes_view.py" line="132"/>
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="117"/>
        <location filename="../screens/kitchen/recipes_view.py" line="132"/>
        <source>Use by</source>
        <translation>DLC</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="117"/>
        <source>Allergens (derived)</source>
        <translation>Allergènes (déduits)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="117"/>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="120"/>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="120"/>
        <location filename="../screens/kitchen/recipes_view.py" line="139"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="120"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="121"/>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="129"/>
        <source>New recipe</source>
        <translation>Nouvelle recette</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="130"/>
        <source>New version of the chosen recipe</source>
        <translation>Nouvelle version de la recette choisie</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="131"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="131"/>
        <source>Portions counted as</source>
        <translation>Portions comptées comme</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="133"/>
        <source>Storage and reheating</source>
        <translation>Conservation et remise en température</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="134"/>
        <source>Portion weight (g)</source>
        <translation>Poids d’une portion (g)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="134"/>
        <location filename="../screens/kitchen/recipes_view.py" line="140"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="137"/>
        <source>not weighed</source>
        <translation>non pesée</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="138"/>
        <source>Find an ingredient</source>
        <translation>Chercher un ingrédient</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="141"/>
        <source>Remove the chosen line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="142"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/recipes_view.py" line="143"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ShortageModel</name>
    <message>
        <location filename="../screens/workshop/lines.py" line="153"/>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="153"/>
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="154"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../screens/workshop/lines.py" line="154"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../screens/kitchen/view.py" line="46"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="46"/>
        <location filename="../screens/kitchen/view.py" line="50"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="46"/>
        <source>Portions</source>
        <translation>Portions</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="46"/>
        <source>Left</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="47"/>
        <source>Use by</source>
        <translation>DLC</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="47"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="50"/>
        <source>Portions the stock allows</source>
        <translation>Portions possibles avec le stock</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="51"/>
        <source>Limited by</source>
        <translation>Limité par</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="51"/>
        <source>Food that expires first</source>
        <translation>Denrée qui périme en premier</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="54"/>
        <source>Batches today (tap one for its temperatures, labels and dispatch)</source>
        <translation>Lots du jour (touchez-en un pour ses températures, étiquettes et expéditions)</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="56"/>
        <source>No batch cooked today yet.</source>
        <translation>Aucun lot cuisiné aujourd’hui pour l’instant.</translation>
    </message>
    <message>
        <location filename="../screens/kitchen/view.py" line="57"/>
        <source>What can we cook? Recipes using the food that expires soonest come first.</source>
        <translation>Que peut-on cuisiner ? Les recettes qui utilisent les denrées périssant le plus tôt viennent d’abord.</translation>
    </message>
</context>
<context>
    <name>TraceAnswerPage</name>
    <message>
        <location filename="../screens/trace/answer.py" line="20"/>
        <source>distributed</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="21"/>
        <source>transferred</source>
        <translation>transféré</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="22"/>
        <source>lent</source>
        <translation>prêté</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="23"/>
        <source>loan repaid</source>
        <translation>prêt remboursé</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="24"/>
        <source>lost or discarded</source>
        <translation>perdu ou jeté</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="25"/>
        <source>usable</source>
        <translation>utilisable</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="26"/>
        <source>in quarantine</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="27"/>
        <source>use by</source>
        <translation>DLC</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="28"/>
        <source>best before</source>
        <translation>DDM</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="45"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="54"/>
        <source>Where it went</source>
        <translation>Où c’est parti</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="55"/>
        <location filename="../screens/trace/answer.py" line="89"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="55"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="55"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="55"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="56"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="56"/>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="56"/>
        <location filename="../screens/trace/answer.py" line="63"/>
        <location filename="../screens/trace/answer.py" line="106"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="56"/>
        <location filename="../screens/trace/answer.py" line="63"/>
        <location filename="../screens/trace/answer.py" line="106"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="57"/>
        <location filename="../screens/trace/answer.py" line="64"/>
        <location filename="../screens/trace/answer.py" line="84"/>
        <location filename="../screens/trace/answer.py" line="90"/>
        <location filename="../screens/trace/answer.py" line="106"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="62"/>
        <source>Still in the hangar</source>
        <translation>Encore dans le hangar</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="63"/>
        <location filename="../screens/trace/answer.py" line="84"/>
        <location filename="../screens/trace/answer.py" line="89"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="63"/>
        <location filename="../screens/trace/answer.py" line="85"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="64"/>
        <source>Box</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="64"/>
        <location filename="../screens/trace/answer.py" line="79"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="70"/>
        <source>Lot {lot}</source>
        <translation>Lot {lot}</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="71"/>
        <source>{batches} meal batch(es) · {kits} kit(s) · {out} line(s) gone out · {here} line(s) still in the hangar</source>
        <translation>{batches} lot(s) de repas · {kits} kit(s) · {out} ligne(s) sortie(s) · {here} ligne(s) encore dans le hangar</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="88"/>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="89"/>
        <location filename="../screens/trace/answer.py" line="106"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="89"/>
        <location filename="../screens/trace/answer.py" line="107"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="77"/>
        <source>Used in meal batches</source>
        <translation>Utilisé dans les lots de repas</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="78"/>
        <source>Batch</source>
        <translation>Lot de repas</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="78"/>
        <source>Dish</source>
        <translation>Plat</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="78"/>
        <source>Cooked</source>
        <translation>Cuisiné</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="78"/>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="79"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="79"/>
        <source>Portions</source>
        <translation>Portions</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="79"/>
        <source>Use by</source>
        <translation>DLC</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="83"/>
        <source>Built into kits</source>
        <translation>Monté dans des kits</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="84"/>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="84"/>
        <source>Design</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="97"/>
        <source>Cooked {cooked} by {kitchen}{cooks} · {portions} portions · use by {use_by} · allergens: {allergens}</source>
        <translation>Cuisiné le {cooked} par {kitchen}{cooks} · {portions} portions · DLC {use_by} · allergènes : {allergens}</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="102"/>
        <source>Meal batch {batch}</source>
        <translation>Lot de repas {batch}</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="105"/>
        <source>Ingredients and who gave them</source>
        <translation>Ingrédients et qui les a donnés</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="119"/>
        <source>Donation {code}: {count} lot(s)</source>
        <translation>Don {code} : {count} lot(s)</translation>
    </message>
    <message>
        <location filename="../screens/trace/answer.py" line="123"/>
        <source>This donation brought in no lot-tracked stock.</source>
        <translation>Ce don n’a apporté aucun stock suivi par lot.</translation>
    </message>
</context>
<context>
    <name>TraceScreen</name>
    <message>
        <location filename="../screens/trace/screen.py" line="109"/>
        <source>No lot of this item was ever received.</source>
        <translation>Aucun lot de cet article n’a jamais été reçu.</translation>
    </message>
    <message>
        <location filename="../screens/trace/screen.py" line="124"/>
        <source>Folder for the trace</source>
        <translation>Dossier pour la traçabilité</translation>
    </message>
    <message>
        <location filename="../screens/trace/screen.py" line="135"/>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <location filename="../screens/trace/screen.py" line="140"/>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../screens/trace/view.py" line="86"/>
        <source>Trace and recall</source>
        <translation>Traçabilité et rappel</translation>
    </message>
    <message>
        <location filename="../screens/trace/view.py" line="87"/>
        <source>Scan or type a lot code, a donation receipt (DON-…), a product barcode or a meal batch (MB-…): where it came from, what it went into, where it went and what is still here.</source>
        <translation>Scannez ou tapez un code de lot, un bon de réception de don (DON-…), un code-barres produit ou un lot de repas (MB-…) : d’où il vient, dans quoi il est entré, où il est parti et ce qui reste ici.</translation>
    </message>
    <message>
        <location filename="../screens/trace/view.py" line="90"/>
        <source>Lot, receipt, barcode or batch</source>
        <translation>Lot, bon de réception, code-barres ou lot de repas</translation>
    </message>
    <message>
        <location filename="../screens/trace/view.py" line="91"/>
        <source>Trace</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <location filename="../screens/trace/view.py" line="92"/>
        <source>A product barcode does not say which lot: tap the lot to trace.</source>
        <translation>Un code-barres produit ne dit pas quel lot : touchez le lot à tracer.</translation>
    </message>
    <message>
        <location filename="../screens/trace/view.py" line="94"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../screens/trace/view.py" line="95"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>UnkitPage</name>
    <message>
        <location filename="../screens/workshop/view.py" line="166"/>
        <source>Scan a kit&apos;s label (KIT-…) to see what is in it, or type its code.</source>
        <translation>Scannez l&apos;étiquette d&apos;un kit (KIT-…) pour voir ce qu&apos;il contient, ou tapez son code.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="168"/>
        <source>KIT-000001</source>
        <translation>KIT-000001</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="169"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="170"/>
        <source>Take this kit apart</source>
        <translation>Démonter ce kit</translation>
    </message>
</context>
<context>
    <name>WorkshopScreen</name>
    <message>
        <location filename="../screens/workshop/screen.py" line="133"/>
        <location filename="../screens/workshop/screen.py" line="374"/>
        <source>No shelf yet</source>
        <translation>Pas encore d&apos;étagère</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="139"/>
        <source>There is no kit design yet: make one on Kit designs.</source>
        <translation>Il n&apos;y a encore aucun modèle de kit&#xa0;: créez-en un dans Modèles de kits.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="154"/>
        <source>Type how many kits to build. Scan a shelf to say where they go.</source>
        <translation>Tapez combien de kits monter. Scannez une étagère pour dire où les poser.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="156"/>
        <source>Find parts by name or scan them. Saving a change makes the next version.</source>
        <translation>Trouvez les pièces par leur nom ou scannez-les. Enregistrer un changement crée la version suivante.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="215"/>
        <source>Limited by: {parts}</source>
        <translation>Limité par&#xa0;: {parts}</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="218"/>
        <source>Nothing limits it.</source>
        <translation>Rien ne le limite.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="224"/>
        <source>Missing to build {n}:</source>
        <translation>Manque pour en monter {n}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="228"/>
        <source>{part}: {have} there, {per_kit} per kit</source>
        <translation>{part}&#xa0;: {have} en stock, {per_kit} par kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="232"/>
        <source>(or {others})</source>
        <translation>(ou {others})</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="242"/>
        <source>Build</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="244"/>
        <source>Not enough for {n}</source>
        <translation>Pas assez pour {n}</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="246"/>
        <source>Build 1 kit</source>
        <translation>Monter 1 kit</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="247"/>
        <source>Build {n} kits</source>
        <translation>Monter {n} kits</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="259"/>
        <source>Building the kits…</source>
        <translation>Montage des kits…</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="269"/>
        <source>Built 1 kit ({codes}) as {document}. Its label is ready to print.</source>
        <translation>1 kit monté ({codes}), document {document}. Son étiquette est prête à imprimer.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="271"/>
        <source>Built {n} kits ({codes}) as {document}. Their labels are ready to print.</source>
        <translation>{n} kits montés ({codes}), document {document}. Leurs étiquettes sont prêtes à imprimer.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="275"/>
        <source>Kit labels of {document}</source>
        <translation>Étiquettes des kits de {document}</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="304"/>
        <source>The new kits go on {place}.</source>
        <translation>Les nouveaux kits iront sur {place}.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="328"/>
        <source>{code} is not a kit.</source>
        <translation>{code} n&apos;est pas un kit.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="337"/>
        <source>{code} was already taken apart.</source>
        <translation>{code} a déjà été démonté.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="340"/>
        <source>Check the parts, then tap Take this kit apart.</source>
        <translation>Vérifiez les pièces, puis touchez Démonter ce kit.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="347"/>
        <source>{owner}&apos;s kit, on {place}. Taking it apart puts its parts back on {place}; what was used up stays used up.</source>
        <translation>Kit de {owner}, sur {place}. Le démonter remet ses pièces sur {place}&#xa0;; ce qui a été consommé le reste.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="350"/>
        <source>{owner}&apos;s kit, not on a shelf. Taking it apart gives its parts back loose; what was used up stays used up.</source>
        <translation>Kit de {owner}, sur aucune étagère. Le démonter rend ses pièces en vrac&#xa0;; ce qui a été consommé le reste.</translation>
    </message>
    <message>
        <location filename="../screens/workshop/screen.py" line="366"/>
        <source>{code} is taken apart ({document}): its parts are back in {owner}&apos;s stock.</source>
        <translation>{code} est démonté ({document})&#xa0;: ses pièces sont revenues dans le stock de {owner}.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../screens/workshop/view.py" line="222"/>
        <source>Build kits</source>
        <translation>Monter des kits</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="222"/>
        <source>Kit designs</source>
        <translation>Modèles de kits</translation>
    </message>
    <message>
        <location filename="../screens/workshop/view.py" line="223"/>
        <source>Take a kit apart</source>
        <translation>Démonter un kit</translation>
    </message>
</context>
</TS>
