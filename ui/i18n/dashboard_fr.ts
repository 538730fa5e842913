<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../screens/dashboard_charts.py" line="53"/>
        <source>Donations received, last 7 days</source>
        <translation>Dons reçus, 7 derniers jours</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="62"/>
        <source>Today</source>
        <translation>auj.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="63"/>
        <source>kg received</source>
        <translation>kg reçus</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="65"/>
        <source>Receipts</source>
        <translation>Réceptions</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="77"/>
        <source>receipts</source>
        <translation>réceptions</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="85"/>
        <source>Stock on hand by category</source>
        <translation>Stock disponible par catégorie</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="94"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="96"/>
        <source>kg on hand</source>
        <translation>kg en stock</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="100"/>
        <source>Lots near their date</source>
        <translation>Dates proches</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="102"/>
        <source>past</source>
        <translation>dépassée</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="109"/>
        <source>lots, by days left</source>
        <translation>lots, par jours restants</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="115"/>
        <source>Below minimum</source>
        <translation>Sous le minimum</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_charts.py" line="119"/>
        <source>items</source>
        <translation>articles</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../screens/dashboard_view.py" line="196"/>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="213"/>
        <location filename="../screens/dashboard_view.py" line="216"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="220"/>
        <location filename="../screens/dashboard_view.py" line="223"/>
        <source>{count} batches</source>
        <translation>{count} lots de repas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="226"/>
        <source>{count} today</source>
        <translation>{count} aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="229"/>
        <source>{count} overdue</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="250"/>
        <source>Emptiest, every NGO (tap a bar for one)</source>
        <translation>Les plus vides, toutes les ONG (touchez une barre pour une seule)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="253"/>
        <source>Emptiest at {owner} (tap again for all)</source>
        <translation>Les plus vides chez {owner} (touchez à nouveau pour toutes)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="256"/>
        <source>{owner} · {item}: {held} of {minimum} {unit}</source>
        <translation>{owner} · {item}&#xa0;: {held} sur {minimum} {unit}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="260"/>
        <source>Every item is at or above its minimum.</source>
        <translation>Chaque article est à son minimum ou au-dessus.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="267"/>
        <source>{lender} → {borrower}: {quantity} {unit} {item}</source>
        <translation>{lender} → {borrower}&#xa0;: {quantity} {unit} {item}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="271"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="272"/>
        <source>due {date}</source>
        <translation>à rendre le {date}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="281"/>
        <source>No open loans.</source>
        <translation>Aucun prêt en cours.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="290"/>
        <source>Today at the hangar</source>
        <translation>Aujourd&apos;hui au hangar</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="291"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="293"/>
        <source>Donations today</source>
        <translation>Dons aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="294"/>
        <source>Donations, 7 days</source>
        <translation>Dons, 7 jours</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="295"/>
        <source>Meals today</source>
        <translation>Repas aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="296"/>
        <source>Meals this month</source>
        <translation>Repas ce mois-ci</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="297"/>
        <source>Kits this month</source>
        <translation>Kits ce mois-ci</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="298"/>
        <source>Open loans</source>
        <translation>Prêts en cours</translation>
    </message>
    <message>
        <location filename="../screens/dashboard_view.py" line="302"/>
        <source>Open loans between NGOs</source>
        <translation>Prêts en cours entre ONG</translation>
    </message>
</context>
</TS>
