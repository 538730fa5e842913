<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../screens/dashboard/charts.py" line="64"/>
        <source>Donations received, last 7 days</source>
        <translation>Dons reçus, 7 derniers jours</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="73"/>
        <source>Today</source>
        <translation>auj.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="74"/>
        <source>kg received</source>
        <translation>kg reçus</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="87"/>
        <source>receipts</source>
        <translation>réceptions</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="95"/>
        <source>Stock on hand by category</source>
        <translation>Stock disponible par catégorie</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="104"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="106"/>
        <source>kg on hand</source>
        <translation>kg en stock</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="110"/>
        <source>Lots near their date</source>
        <translation>Dates proches</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="112"/>
        <source>past</source>
        <translation>dépassée</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="119"/>
        <source>lots, by days left</source>
        <translation>lots, par jours restants</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="125"/>
        <source>Below minimum</source>
        <translation>Sous le minimum</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="129"/>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/charts.py" line="185"/>
        <source>{category} · {series}: {value} ({unit})</source>
        <translation>{category} · {series}&#xa0;: {value} ({unit})</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../screens/dashboard/view.py" line="194"/>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="211"/>
        <location filename="../screens/dashboard/view.py" line="214"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="218"/>
        <location filename="../screens/dashboard/view.py" line="221"/>
        <source>{count} batches</source>
        <translation>{count} lots de repas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="224"/>
        <source>{count} today</source>
        <translation>{count} aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="227"/>
        <source>{count} overdue</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="248"/>
        <source>Emptiest, every NGO (tap a bar for one)</source>
        <translation>Les plus vides, toutes les ONG (touchez une barre pour une seule)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="251"/>
        <source>Emptiest at {owner} (tap again for all)</source>
        <translation>Les plus vides chez {owner} (touchez à nouveau pour toutes)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="254"/>
        <source>{owner} · {item}: {held} of {minimum} {unit}</source>
        <translation>{owner} · {item}&#xa0;: {held} sur {minimum} {unit}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="258"/>
        <source>Every item is at or above its minimum.</source>
        <translation>Chaque article est à son minimum ou au-dessus.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="265"/>
        <source>{lender} → {borrower}: {quantity} {unit} {item}</source>
        <translation>{lender} → {borrower}&#xa0;: {quantity} {unit} {item}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="269"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="270"/>
        <source>due {date}</source>
        <translation>à rendre le {date}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="279"/>
        <source>No open loans.</source>
        <translation>Aucun prêt en cours.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="288"/>
        <source>Today at the hangar</source>
        <translation>Aujourd&apos;hui au hangar</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="289"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="291"/>
        <source>Donations today</source>
        <translation>Dons aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="292"/>
        <source>Donations, 7 days</source>
        <translation>Dons, 7 jours</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="293"/>
        <source>Meals today</source>
        <translation>Repas aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="294"/>
        <source>Meals this month</source>
        <translation>Repas ce mois-ci</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="295"/>
        <source>Kits this month</source>
        <translation>Kits ce mois-ci</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="296"/>
        <source>Open loans</source>
        <translation>Prêts en cours</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="300"/>
        <source>Open loans between NGOs</source>
        <translation>Prêts en cours entre ONG</translation>
    </message>
</context>
</TS>
