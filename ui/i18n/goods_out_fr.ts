<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MoveScreen</name>
    <message>
        <location filename="../screens/moves.py" line="44" />
        <source>Scan the first box.</source>
        <translation>Scannez le premier carton.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="60" />
        <source>{box} is already on the list.</source>
        <translation>{box} est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="64" />
        <source>{box} added. Scan another box, or the shelf to put them on.</source>
        <translation>{box} ajouté. Scannez un autre carton, ou l'étagère où les poser.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="68" />
        <source>Scan the boxes first, then the shelf.</source>
        <translation>Scannez d'abord les cartons, puis l'étagère.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="74" />
        <source>{code} is not known in this hangar: nothing was added.</source>
        <translation>{code} est inconnu dans ce hangar : rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="77" />
        <source>{code} is not a box or a shelf: scan a box label or a shelf label.</source>
        <translation>{code} n'est ni un carton ni une étagère : scannez l'étiquette d'un carton ou d'une étagère.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="85" />
        <source>1 box moved to {place}.</source>
        <translation>1 carton déplacé vers {place}.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="86" />
        <source>{count} boxes moved to {place}.</source>
        <translation>{count} cartons déplacés vers {place}.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="94" />
        <source>{box} taken off the list.</source>
        <translation>{box} retiré de la liste.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="99" />
        <source>The list is empty. Scan the first box.</source>
        <translation>La liste est vide. Scannez le premier carton.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="111" />
        <source>The move to {place} was undone: the boxes are back where they were.</source>
        <translation>Le déplacement vers {place} est annulé : les cartons sont revenus à leur place.</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="120" />
        <source>Boxes to move: {count}</source>
        <translation>Cartons à déplacer : {count}</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="130" />
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="131" />
        <source>no place yet</source>
        <translation>pas encore rangé</translation>
    </message>
    <message>
        <location filename="../screens/moves.py" line="132" />
        <source>{box} · {owner} · {contents} · now at {place}</source>
        <translation>{box} · {owner} · {contents} · actuellement en {place}</translation>
    </message>
</context>
<context>
    <name>MoveView</name>
    <message>
        <location filename="../screens/moves_view.py" line="72" />
        <source>Move boxes</source>
        <translation>Déplacer des cartons</translation>
    </message>
    <message>
        <location filename="../screens/moves_view.py" line="74" />
        <source>Scan each box you carry, then the label of the shelf you put them on: they move together.</source>
        <translation>Scannez chaque carton que vous portez, puis l'étiquette de l'étagère où vous les posez : ils sont déplacés ensemble.</translation>
    </message>
    <message>
        <location filename="../screens/moves_view.py" line="76" />
        <source>No scanner? Type a box or shelf code and press Enter</source>
        <translation>Pas de scanner ? Tapez le code d'un carton ou d'une étagère puis Entrée</translation>
    </message>
    <message>
        <location filename="../screens/moves_view.py" line="78" />
        <source>Boxes to move</source>
        <translation>Cartons à déplacer</translation>
    </message>
    <message>
        <location filename="../screens/moves_view.py" line="79" />
        <source>Remove box</source>
        <translation>Retirer le carton</translation>
    </message>
    <message>
        <location filename="../screens/moves_view.py" line="80" />
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../screens/moves_view.py" line="81" />
        <source>Undo last move</source>
        <translation>Annuler le dernier déplacement</translation>
    </message>
</context>
</TS>