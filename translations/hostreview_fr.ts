<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>hostreview::AnalysisFormat</name>
    <message>
        <source>revision %1 rev %2</source>
        <translation>révision %1 rév. %2</translation>
    </message>
    <message>
        <source>answer of bid %1 to %2 rev %3</source>
        <translation>réponse de l&apos;offre %1 à %2 rév. %3</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>offre %1</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>affirmation %1</translation>
    </message>
    <message>
        <source>assessment criterion %1</source>
        <translation>critère d&apos;évaluation %1</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>exigence</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>bid</source>
        <translation>offre</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>Bias signals: %1</source>
        <translation>Signaux de biais&#xa0;: %1</translation>
    </message>
    <message>
        <source>Analysis of everything in the dossier</source>
        <translation>Analyse de l&apos;ensemble du dossier</translation>
    </message>
    <message>
        <source>Analysis as of %1</source>
        <translation>Analyse à la date du %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signal</numerusform>
            <numerusform>%n signaux</numerusform>
        </translation>
    </message>
    <message>
        <source>bias index %1 / 100</source>
        <translation>indice de biais %1 / 100</translation>
    </message>
    <message>
        <source>Severity %1 (%2)</source>
        <translation>Gravité %1 (%2)</translation>
    </message>
    <message>
        <source>Subject: %1 %2</source>
        <translation>Objet&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Éléments de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Fondement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bias index: %1 / 100 (each code weighs 3 if high, 2 if medium, 1 if low; codes not evaluated are left out)</source>
        <translation>Indice de biais&#xa0;: %1 / 100 (chaque code pèse 3 si sa gravité est élevée, 2 si elle est moyenne, 1 si elle est faible&#xa0;; les codes non évalués sont exclus)</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>déclenché</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>non déclenché</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>%1 of %2 signals evaluated</source>
        <translation>Signaux évalués&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 not evaluated: missing %2</source>
        <translation>%1 non évalué&#xa0;: il manque %2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the items of a list on one line (French puts a non-breaking space before &quot;;&quot;).</extracomment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>hostreview::AnalysisProfile</name>
    <message>
        <source>a profile is an object of settings</source>
        <translation>un profil est un objet de paramètres</translation>
    </message>
    <message>
        <source>number expected, found %1</source>
        <translation>nombre attendu, type %1 trouvé</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (de %2 à %3)</translation>
    </message>
    <message>
        <source>array of strings expected, found %1</source>
        <translation>tableau de chaînes attendu, type %1 trouvé</translation>
    </message>
    <message>
        <source>a non-empty string expected</source>
        <translation>chaîne non vide attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a procedure (one of: %2, other)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une procédure (valeurs admises&#xa0;: %2, other)</translation>
    </message>
    <message>
        <source>a number, or an object from procedures to numbers, expected</source>
        <translation>un nombre, ou un objet associant des procédures à des nombres, est attendu</translation>
    </message>
    <message>
        <source>a whole number expected</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>an object from country codes to lists of laws expected</source>
        <translation>objet associant des codes pays à des listes de lois attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>hostreview::AnswerDialog</name>
    <message>
        <source>Confidential (left out of public editions)</source>
        <translation>Confidentielle (exclue des éditions publiques)</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Enregistrer une réponse</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the bid&apos;s submission day</source>
        <translation>date de remise de l&apos;offre</translation>
    </message>
    <message>
        <source>&amp;Bid:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>&amp;Exigence&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;vision answered:</source>
        <translation>Ré&amp;vision concernée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compliance:</source>
        <translation>&amp;Conformité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>Date de &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Éléments de &amp;preuve&#xa0;:</translation>
    </message>
    <message>
        <source>rev %1 (in force)</source>
        <translation>rév. %1 (en vigueur)</translation>
    </message>
    <message>
        <source>rev %1</source>
        <translation>rév. %1</translation>
    </message>
    <message>
        <source>Add a bid first.</source>
        <translation>Ajoutez d&apos;abord une offre.</translation>
    </message>
    <message>
        <source>Choose a requirement.</source>
        <translation>Choisissez une exigence.</translation>
    </message>
    <message>
        <source>Answered on: %1</source>
        <translation>Date de réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::AnswerSheet</name>
    <message>
        <source>the file is empty: an answer sheet starts with a header line</source>
        <translation>le fichier est vide&#xa0;: une feuille de réponses commence par une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the header needs the columns requirement, compliance and rev_answered or rev_in_force (as `vendor --csv` writes them)</source>
        <translation>l&apos;en-tête doit comporter les colonnes requirement, compliance et rev_answered ou rev_in_force (telles que `vendor --csv` les écrit)</translation>
    </message>
    <message>
        <source>the requirement is empty</source>
        <translation>l&apos;exigence est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid requirement id</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;exigence valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revision number (1, 2, ...)</source>
        <translation>« %1 » n&apos;est pas un numéro de révision (1, 2, ...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not full, partial or none</source>
        <translation>« %1 » n&apos;est ni full, ni partial, ni none</translation>
    </message>
    <message>
        <source>this answer names no revision: fill rev_answered (or rev_in_force)</source>
        <translation>cette réponse ne désigne aucune révision&#xa0;: remplissez rev_answered (ou rev_in_force)</translation>
    </message>
    <message>
        <source>this row is vendor %1&apos;s; bid %2 is vendor %3&apos;s</source>
        <translation>cette ligne est celle du fournisseur %1&#xa0;; l&apos;offre %2 est celle du fournisseur %3</translation>
    </message>
    <message>
        <source>this row answers bid %1, not %2 (empty the bid column to record it in %2)</source>
        <translation>cette ligne répond pour l&apos;offre %1, et non %2 (videz la colonne bid pour l&apos;enregistrer dans %2)</translation>
    </message>
    <message>
        <source>no requirement %1 in dossier %2</source>
        <translation>aucune exigence %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>requirement %1 has no rev %2</source>
        <translation>l&apos;exigence %1 n&apos;a pas de révision %2</translation>
    </message>
    <message>
        <source>this row repeats an earlier answer of bid %1 to %2 (rev %3), replaced since by its answer to rev %4 of %5: the sheet is older than the bid&apos;s answers; write it again with `vendor --csv`</source>
        <translation>cette ligne reprend une réponse antérieure de l&apos;offre %1 à %2 (rév. %3), remplacée depuis par sa réponse à la rév. %4 du %5&#xa0;: la feuille est plus ancienne que les réponses de l&apos;offre&#xa0;; écrivez-la de nouveau avec `vendor --csv`</translation>
    </message>
    <message>
        <source>line %1: %2 rev %3 %4 (was rev %5 %6)</source>
        <translation>ligne %1&#xa0;: %2 rév. %3 %4 (auparavant rév. %5 %6)</translation>
    </message>
    <message>
        <source>line %1: %2 rev %3 %4 (first answer)</source>
        <translation>ligne %1&#xa0;: %2 rév. %3 %4 (première réponse)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to record</source>
        <translation>
            <numerusform>%n réponse à enregistrer</numerusform>
            <numerusform>%n réponses à enregistrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an answer</source>
        <translation>
            <numerusform>%n ligne sans réponse</numerusform>
            <numerusform>%n lignes sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>this answer changed but is dated %1, not after the answer it replaces (%2): write the day it was given, or give --at</source>
        <translation>cette réponse a changé mais est datée du %1, pas après la réponse qu&apos;elle remplace (%2)&#xa0;: indiquez le jour où elle a été donnée, ou passez --at</translation>
    </message>
    <message>
        <source>this answer changed and has no date: write the day it was given in answered_at, or give --at</source>
        <translation>cette réponse a changé et n&apos;a pas de date&#xa0;: indiquez le jour où elle a été donnée dans answered_at, ou passez --at</translation>
    </message>
</context>
<context>
    <name>hostreview::AnswerSheetDialog</name>
    <message>
        <source>Record the answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Import a vendor&apos;s answers</source>
        <translation>Importer les réponses d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the day of each row&apos;s answered_at, else the bid&apos;s submission</source>
        <translation>le jour de l&apos;answered_at de chaque ligne, sinon la remise de l&apos;offre</translation>
    </message>
    <message>
        <source>&amp;Bid:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Répondu le&#xa0;:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Changements&#xa0;:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>The dossier has no bid.</source>
        <translation>Le dossier n&apos;a aucune offre.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: nothing can be recorded.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;: rien ne peut être enregistré.</numerusform>
            <numerusform>%n lignes refusées&#xa0;: rien ne peut être enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to record: the bid&apos;s answers are as the sheet says.</source>
        <translation>Rien à enregistrer&#xa0;: les réponses de l&apos;offre sont celles de la feuille.</translation>
    </message>
</context>
<context>
    <name>hostreview::AssessDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Évaluer %1</translation>
    </message>
    <message>
        <source>What the evidence shows, and what is missing</source>
        <translation>Ce que montrent les éléments de preuve, et ce qui manque</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Critère&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
</context>
<context>
    <name>hostreview::AssessmentTemplate</name>
    <message>
        <source>a template is an object</source>
        <translation>un modèle est un objet</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;hostreview-assessment-template&quot;</source>
        <translation>&quot;format&quot; doit valoir &quot;hostreview-assessment-template&quot;</translation>
    </message>
    <message>
        <source>only version 1 is known</source>
        <translation>seule la version 1 est connue</translation>
    </message>
    <message>
        <source>an id of 1 to 64 characters from A-Z a-z 0-9 . _ : - is expected</source>
        <translation>un identifiant de 1 à 64 caractères parmi A-Z a-z 0-9 . _ : - est attendu</translation>
    </message>
    <message>
        <source>a non-empty array is expected</source>
        <translation>un tableau non vide est attendu</translation>
    </message>
    <message>
        <source>object expected, found %1</source>
        <translation>objet attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>duplicate criterion id %1</source>
        <translation>identifiant de critère %1 en double</translation>
    </message>
    <message>
        <source>kind must be one of %1</source>
        <translation>kind doit valoir l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>un texte est requis</translation>
    </message>
    <message>
        <source>a non-empty string expected</source>
        <translation>chaîne non vide attendue</translation>
    </message>
    <message>
        <source>a string, or an object of languages to strings, is expected</source>
        <translation>une chaîne, ou un objet associant des langues à des chaînes, est attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as en or fr</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de langue tel que en ou fr</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 bytes</source>
        <translation>le fichier dépasse la limite de %1 octets</translation>
    </message>
</context>
<context>
    <name>hostreview::AssessmentView</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Decision and claims</source>
        <translation>Décision et affirmations</translation>
    </message>
    <message>
        <source>Apply the built-in template</source>
        <translation>Appliquer le modèle intégré</translation>
    </message>
    <message>
        <source>Add the criteria for hosting health data that the dossier lacks</source>
        <translation>Ajouter les critères d&apos;hébergement de données de santé qui manquent au dossier</translation>
    </message>
    <message>
        <source>Load a template…</source>
        <translation>Charger un modèle…</translation>
    </message>
    <message>
        <source>Add the criteria of another template (a JSON file)</source>
        <translation>Ajouter les critères d&apos;un autre modèle (un fichier JSON)</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Évaluer…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Record a decision…</source>
        <translation>Enregistrer une décision…</translation>
    </message>
    <message>
        <source>Claims the decision rests on, tested against the evidence</source>
        <translation>Affirmations sur lesquelles repose la décision, confrontées aux éléments de preuve</translation>
    </message>
    <message>
        <source>Add a claim…</source>
        <translation>Ajouter une affirmation…</translation>
    </message>
    <message>
        <source>Remove the claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The dossier has no assessment criteria yet: apply the built-in template, or load one.</source>
        <translation>Le dossier ne comporte encore aucun critère d&apos;évaluation&#xa0;: appliquez le modèle intégré, ou chargez-en un.</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s): %1.</source>
        <translation>
            <numerusform>%n critère&#xa0;: %1.</numerusform>
            <numerusform>%n critères&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a criterion to see it in full.</source>
        <translation>Sélectionnez un critère pour l&apos;afficher en entier.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>No comment yet.</source>
        <translation>Aucun commentaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What settles it</source>
        <translation>Ce qui permet de trancher</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>tel qu&apos;importé</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>No decision is recorded.</source>
        <translation>Aucune décision n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Selected vendor</source>
        <translation>Fournisseur retenu</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>The decision makes no claim.</source>
        <translation>La décision ne contient aucune affirmation.</translation>
    </message>
    <message>
        <source>Select a claim to see the evidence.</source>
        <translation>Sélectionnez une affirmation pour voir les éléments de preuve.</translation>
    </message>
    <message>
        <source>Claim %1 (%2)</source>
        <translation>Affirmation %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bids at the final deadline (%1)</source>
        <translation>Les offres à la date limite finale (%1)</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Mandatory requirements met</source>
        <translation>Exigences obligatoires satisfaites</translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation>(retenu)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cannot apply the template</source>
        <translation>Impossible d&apos;appliquer le modèle</translation>
    </message>
    <message>
        <source>Load an assessment template</source>
        <translation>Charger un modèle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the template</source>
        <translation>Impossible de lire le modèle</translation>
    </message>
    <message>
        <source>Cannot record the assessment</source>
        <translation>Impossible d&apos;enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>Impossible d&apos;enregistrer la décision</translation>
    </message>
    <message>
        <source>Cannot add the claim</source>
        <translation>Impossible d&apos;ajouter l&apos;affirmation</translation>
    </message>
    <message>
        <source>Remove claim %1 from the decision? It stays in the file&apos;s audit trail, and Undo brings it back.</source>
        <translation>Supprimer l&apos;affirmation %1 de la décision&#xa0;? Elle reste dans le journal d&apos;audit du fichier, et Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Cannot remove the claim</source>
        <translation>Impossible de supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>withdrawn: not counted</source>
        <translation>retirée&#xa0;: non comptée</translation>
    </message>
    <message>
        <source>Authorise despite the assessment?</source>
        <translation>Autoriser malgré l&apos;évaluation&#xa0;?</translation>
    </message>
    <message>
        <source>Criteria stand against an authorisation.

Unacceptable: %1
Not assessed: %2

Record the authorisation all the same? The audit trail will name these criteria.</source>
        <translation>Des critères s&apos;opposent à une autorisation.

Inacceptables&#xa0;: %1
Non évalués&#xa0;: %2

Enregistrer l&apos;autorisation malgré tout&#xa0;? Le journal d&apos;audit nommera ces critères.</translation>
    </message>
</context>
<context>
    <name>hostreview::BidDialog</name>
    <message>
        <source>Confidential (left out of public editions)</source>
        <translation>Confidentielle (exclue des éditions publiques)</translation>
    </message>
    <message>
        <source>Add bid</source>
        <translation>Ajouter une offre</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Submitted:</source>
        <translation>Date de &amp;remise&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Add a vendor first.</source>
        <translation>Ajoutez d&apos;abord un fournisseur.</translation>
    </message>
    <message>
        <source>Bid %1 already exists.</source>
        <translation>L&apos;offre %1 existe déjà.</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>Date de remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>The price is a number, not negative.</source>
        <translation>Le prix doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>from submission</source>
        <translation>depuis la remise</translation>
    </message>
    <message>
        <source>Status &amp;since:</source>
        <translation>Statut &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Status since: %1</source>
        <translation>Statut depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>The status cannot be taken before the submission.</source>
        <translation>Le statut ne peut pas précéder la remise de l&apos;offre.</translation>
    </message>
    <message>
        <source>A date is for a withdrawal or a disqualification.</source>
        <translation>Une date s&apos;applique à un retrait ou à une éviction.</translation>
    </message>
</context>
<context>
    <name>hostreview::BidStatusDialog</name>
    <message>
        <source>Record a bid&apos;s status</source>
        <translation>Enregistrer le statut d&apos;une offre</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>2023-12-18: the day it took this status</source>
        <translation>2023-12-18&#xa0;: le jour où elle a pris ce statut</translation>
    </message>
    <message>
        <source>Why (kept in the file and its audit trail)</source>
        <translation>Pourquoi (conservé dans le fichier et son journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Bid:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>The dossier has no bid.</source>
        <translation>Le dossier n&apos;a aucune offre.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::ClaimCheck</name>
    <message>
        <source>HostReview tests the claims that no alternative offer was made and that no alternative was compliant; read this one against its source.</source>
        <translation>HostReview teste les affirmations selon lesquelles aucune autre offre n&apos;a été faite et aucune autre offre n&apos;était conforme&#xa0;; confrontez celle-ci à sa source.</translation>
    </message>
    <message>
        <source>The file holds no bid other than the selected vendor&apos;s, withdrawn bids aside.</source>
        <translation>Le fichier ne contient aucune offre autre que celle du fournisseur retenu, hors offres retirées.</translation>
    </message>
    <message>
        <source>Contradicted by the evidence</source>
        <translation>Contredite par les éléments de preuve</translation>
    </message>
    <message>
        <source>Not contradicted</source>
        <translation>Non contredite</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non testée</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>%1 — %2, %3; mandatory requirements met: %4 of %5</source>
        <translation>%1 — %2, %3&#xa0;; exigences obligatoires satisfaites&#xa0;: %4 sur %5</translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation>(retenu)</translation>
    </message>
    <message>
        <source>The decision makes no claim.</source>
        <translation>La décision ne contient aucune affirmation.</translation>
    </message>
    <message>
        <source>Claim %1 (%2)</source>
        <translation>Affirmation %1 (%2)</translation>
    </message>
    <message>
        <source>[source %1]</source>
        <translation>[source %1]</translation>
    </message>
    <message>
        <source>Bids at the final deadline (%1):</source>
        <translation>Offres à la date limite finale (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3: its answers do not count</source>
        <translation>%1 — %2, %3&#xa0;: ses réponses ne comptent pas</translation>
    </message>
    <message>
        <source>The file lacks %1.</source>
        <translation>Il manque au fichier %1.</translation>
    </message>
    <message>
        <source>The selected vendor, %1, met all %2 of them.</source>
        <translation>Le fournisseur retenu, %1, les a toutes satisfaites (%2).</translation>
    </message>
    <message>
        <source>The selected vendor, %1, met %2 of %3: it did not comply either.</source>
        <translation>Le fournisseur retenu, %1, en a satisfait %2 sur %3&#xa0;: il n&apos;était pas conforme non plus.</translation>
    </message>
    <message>
        <source>%1 met %2 of %3.</source>
        <translation>%1 en a satisfait %2 sur %3.</translation>
    </message>
    <message>
        <source>No bidder other than the selected vendor complied with every mandatory requirement in force at the final deadline. %1</source>
        <translation>Aucun candidat autre que le fournisseur retenu ne satisfaisait toutes les exigences obligatoires en vigueur à la date limite finale. %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>hostreview::ClaimDialog</name>
    <message>
        <source>Add a claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
    <message>
        <source>e.g. C-NO-ALTERNATIVE</source>
        <translation>p. ex. C-NO-ALTERNATIVE</translation>
    </message>
    <message>
        <source>The statement, as the decision makes it</source>
        <translation>L&apos;affirmation, telle que la décision la formule</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Give the claim an id.</source>
        <translation>Donnez un identifiant à l&apos;affirmation.</translation>
    </message>
    <message>
        <source>The decision already has a claim %1.</source>
        <translation>La décision comporte déjà une affirmation %1.</translation>
    </message>
    <message>
        <source>Write what the decision says.</source>
        <translation>Indiquez ce que dit la décision.</translation>
    </message>
</context>
<context>
    <name>hostreview::ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What the decision says</source>
        <translation>Ce que dit la décision</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Ce que disent les éléments de preuve</translation>
    </message>
</context>
<context>
    <name>hostreview::Cli</name>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Try &apos;hostreview-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;hostreview-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>The review file.</source>
        <translation>Le fichier d&apos;examen.</translation>
    </message>
    <message>
        <source>The dossier id.</source>
        <translation>L&apos;identifiant du dossier.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Leave out confidential material.</source>
        <translation>Exclure les éléments confidentiels.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>No dossier in %1.</source>
        <translation>Aucun dossier dans %1.</translation>
    </message>
    <message>
        <source>[illustrative]</source>
        <translation>[illustratif]</translation>
    </message>
    <message>
        <source>The requirement id.</source>
        <translation>L&apos;identifiant de l&apos;exigence.</translation>
    </message>
    <message>
        <source>no requirement %1 in dossier %2</source>
        <translation>aucune exigence %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>Number of requirements.</source>
        <translation>Nombre d&apos;exigences.</translation>
    </message>
    <message>
        <source>Number of vendors.</source>
        <translation>Nombre de fournisseurs.</translation>
    </message>
    <message>
        <source>Number of changes.</source>
        <translation>Nombre de modifications.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>--requirements, --vendors, --changes and --seed take non-negative whole numbers</source>
        <translation>--requirements, --vendors, --changes et --seed attendent des nombres entiers positifs ou nuls</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>Fichier écrit&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>Analyse as of this day.</source>
        <translation>Analyser le dossier tel qu&apos;il était à cette date.</translation>
    </message>
    <message>
        <source>Settings overriding the defaults.</source>
        <translation>Paramètres remplaçant les valeurs par défaut.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text ou json.</translation>
    </message>
    <message>
        <source>--dossier ID is required with a review file</source>
        <translation>--dossier ID est obligatoire avec un fichier d&apos;examen</translation>
    </message>
    <message>
        <source>the file holds dossier %1, not %2</source>
        <translation>le fichier contient le dossier %1, et non %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n exigence</numerusform>
            <numerusform>%n exigences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported dossier %1 (%2) into %3</source>
        <translation>Dossier %1 importé (%2) dans %3</translation>
    </message>
    <message>
        <source>The day of the matrix.</source>
        <translation>La date de la matrice.</translation>
    </message>
    <message>
        <source>The vendor id.</source>
        <translation>L&apos;identifiant du fournisseur.</translation>
    </message>
    <message>
        <source>The day to look from.</source>
        <translation>La date à laquelle se placer.</translation>
    </message>
    <message>
        <source>Also write the answers as CSV.</source>
        <translation>Écrire aussi les réponses au format CSV.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Leave out everything marked confidential.</source>
        <translation>Exclure tout ce qui est marqué confidentiel.</translation>
    </message>
    <message>
        <source>Wrote the public report to %1</source>
        <translation>Édition publique du rapport écrite dans %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne figure pas parmi %2</translation>
    </message>
    <message>
        <source>No assessment criteria. &apos;hostreview-cli template&apos; adds the built-in ones.</source>
        <translation>Aucun critère d&apos;évaluation. &apos;hostreview-cli template&apos; ajoute les critères intégrés.</translation>
    </message>
    <message numerus="yes">
        <source>Assessment of %1 (%n criterion(s))</source>
        <translation>
            <numerusform>Évaluation de %1 (%n critère)</numerusform>
            <numerusform>Évaluation de %1 (%n critères)</numerusform>
        </translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>A template file (default: the built-in one).</source>
        <translation>Un fichier de modèle (par défaut&#xa0;: le modèle intégré).</translation>
    </message>
    <message numerus="yes">
        <source>Added %n criterion(s) from template %1: %2</source>
        <translation>
            <numerusform>%n critère ajouté depuis le modèle %1&#xa0;: %2</numerusform>
            <numerusform>%n critères ajoutés depuis le modèle %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The criterion id.</source>
        <translation>L&apos;identifiant du critère.</translation>
    </message>
    <message>
        <source>not_assessed, acceptable, to_improve or unacceptable.</source>
        <translation>not_assessed, acceptable, to_improve ou unacceptable.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment.</source>
        <translation>Le commentaire de l&apos;examinateur.</translation>
    </message>
    <message>
        <source>A source of the dossier.</source>
        <translation>Une source du dossier.</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Critère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>pending, authorized, authorized_with_conditions or refused.</source>
        <translation>pending, authorized, authorized_with_conditions ou refused.</translation>
    </message>
    <message>
        <source>The day of the decision.</source>
        <translation>Le jour de la décision.</translation>
    </message>
    <message>
        <source>The day it was published.</source>
        <translation>Le jour de sa publication.</translation>
    </message>
    <message>
        <source>The authorisation&apos;s duration in months.</source>
        <translation>La durée de l&apos;autorisation, en mois.</translation>
    </message>
    <message>
        <source>A condition (repeat for each; replaces the conditions).</source>
        <translation>Une condition (à répéter pour chacune&#xa0;; remplace les conditions).</translation>
    </message>
    <message>
        <source>The grounds of the decision.</source>
        <translation>Les motifs de la décision.</translation>
    </message>
    <message>
        <source>a whole number of months is expected</source>
        <translation>un nombre entier de mois est attendu</translation>
    </message>
    <message>
        <source>Decision recorded: %1</source>
        <translation>Décision enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The claim&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;affirmation.</translation>
    </message>
    <message>
        <source>no_compliant_alternative, no_alternative_offer or other.</source>
        <translation>no_compliant_alternative, no_alternative_offer ou other.</translation>
    </message>
    <message>
        <source>What the decision says.</source>
        <translation>Ce que dit la décision.</translation>
    </message>
    <message>
        <source>Remove the claim (it stays in the audit trail).</source>
        <translation>Retirer l&apos;affirmation (elle reste dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Claim %1 removed.</source>
        <translation>Affirmation %1 retirée.</translation>
    </message>
    <message>
        <source>Claim %1 added.</source>
        <translation>Affirmation %1 ajoutée.</translation>
    </message>
    <message>
        <source>The selected vendor&apos;s id.</source>
        <translation>L&apos;identifiant du fournisseur retenu.</translation>
    </message>
    <message>
        <source>No vendor is selected.</source>
        <translation>Aucun fournisseur n&apos;est retenu.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>impossible d&apos;écrire la sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; n&apos;est ni yes ni no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>When the revision takes effect.</source>
        <translation>Date d&apos;effet de la révision.</translation>
    </message>
    <message>
        <source>The requirement&apos;s text.</source>
        <translation>Le texte de l&apos;exigence.</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes ou no.</translation>
    </message>
    <message>
        <source>The weight (not negative).</source>
        <translation>Le poids (positif ou nul).</translation>
    </message>
    <message>
        <source>active or withdrawn.</source>
        <translation>active ou withdrawn.</translation>
    </message>
    <message>
        <source>Why the requirement changes.</source>
        <translation>Pourquoi l&apos;exigence change.</translation>
    </message>
    <message>
        <source>The new requirement&apos;s id.</source>
        <translation>L&apos;identifiant de la nouvelle exigence.</translation>
    </message>
    <message>
        <source>Its title.</source>
        <translation>Son titre.</translation>
    </message>
    <message>
        <source>Its category.</source>
        <translation>Sa catégorie.</translation>
    </message>
    <message>
        <source>Requirement %1 added (rev 1, effective %2).</source>
        <translation>Exigence %1 ajoutée (rév. 1, en vigueur le %2).</translation>
    </message>
    <message>
        <source>The requirement&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;exigence.</translation>
    </message>
    <message>
        <source>Requirement %1: rev %2 recorded, effective %3.</source>
        <translation>Exigence %1&#xa0;: rév. %2 enregistrée, en vigueur le %3.</translation>
    </message>
    <message>
        <source>The source&apos;s id.</source>
        <translation>L&apos;identifiant de la source.</translation>
    </message>
    <message>
        <source>Change an existing source (what is not given stays).</source>
        <translation>Modifier une source existante (ce qui n&apos;est pas donné reste).</translation>
    </message>
    <message>
        <source>Who published it.</source>
        <translation>Qui l&apos;a publiée.</translation>
    </message>
    <message>
        <source>Where it can be read.</source>
        <translation>Où la lire.</translation>
    </message>
    <message>
        <source>Its date.</source>
        <translation>Sa date.</translation>
    </message>
    <message>
        <source>Its kind.</source>
        <translation>Sa nature.</translation>
    </message>
    <message>
        <source>The passage relied on.</source>
        <translation>Le passage invoqué.</translation>
    </message>
    <message>
        <source>no source %1 in dossier %2</source>
        <translation>aucune source %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>Source %1 changed.</source>
        <translation>Source %1 modifiée.</translation>
    </message>
    <message>
        <source>Source %1 added.</source>
        <translation>Source %1 ajoutée.</translation>
    </message>
    <message>
        <source>The new vendor&apos;s id.</source>
        <translation>L&apos;identifiant du nouveau fournisseur.</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>Son nom.</translation>
    </message>
    <message>
        <source>Its country (ISO 3166 code).</source>
        <translation>Son pays (code ISO 3166).</translation>
    </message>
    <message>
        <source>Its parent company.</source>
        <translation>Sa société mère.</translation>
    </message>
    <message>
        <source>The parent&apos;s country.</source>
        <translation>Le pays de la société mère.</translation>
    </message>
    <message>
        <source>A certification: SCHEME, SCHEME,FROM or SCHEME,FROM,UNTIL (repeat).</source>
        <translation>Une certification&#xa0;: SCHEME, SCHEME,FROM ou SCHEME,FROM,UNTIL (à répéter).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SCHEME, SCHEME,FROM or SCHEME,FROM,UNTIL</source>
        <translation>&quot;%1&quot; n&apos;est pas de la forme SCHEME, SCHEME,FROM ou SCHEME,FROM,UNTIL</translation>
    </message>
    <message>
        <source>Vendor %1 added.</source>
        <translation>Fournisseur %1 ajouté.</translation>
    </message>
    <message>
        <source>The new bid&apos;s id.</source>
        <translation>L&apos;identifiant de la nouvelle offre.</translation>
    </message>
    <message>
        <source>The vendor&apos;s id.</source>
        <translation>L&apos;identifiant du fournisseur.</translation>
    </message>
    <message>
        <source>When it was submitted.</source>
        <translation>Quand elle a été déposée.</translation>
    </message>
    <message>
        <source>submitted, withdrawn or disqualified.</source>
        <translation>submitted, withdrawn ou disqualified.</translation>
    </message>
    <message>
        <source>Its price.</source>
        <translation>Son prix.</translation>
    </message>
    <message>
        <source>The price&apos;s currency (ISO 4217 code).</source>
        <translation>La devise du prix (code ISO 4217).</translation>
    </message>
    <message>
        <source>Bid %1 of %2 added.</source>
        <translation>Offre %1 de %2 ajoutée.</translation>
    </message>
    <message>
        <source>The bid&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;offre.</translation>
    </message>
    <message>
        <source>full, partial or none.</source>
        <translation>full, partial ou none.</translation>
    </message>
    <message>
        <source>When it was answered (default: the bid&apos;s submission).</source>
        <translation>Quand elle a été donnée (par défaut&#xa0;: au dépôt de l&apos;offre).</translation>
    </message>
    <message>
        <source>The vendor&apos;s evidence.</source>
        <translation>Les justificatifs du fournisseur.</translation>
    </message>
    <message>
        <source>a revision number (1, 2, ...) is expected</source>
        <translation>un numéro de révision (1, 2, ...) est attendu</translation>
    </message>
    <message>
        <source>Bid %1 answered %2 rev %3: %4.</source>
        <translation>L&apos;offre %1 a répondu à %2 rév. %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>A requirement (with --rev: one revision).</source>
        <translation>Une exigence (avec --rev&#xa0;: une révision).</translation>
    </message>
    <message>
        <source>The revision (the latest of the requirement).</source>
        <translation>La révision (la dernière de l&apos;exigence).</translation>
    </message>
    <message>
        <source>A source.</source>
        <translation>Une source.</translation>
    </message>
    <message>
        <source>A vendor.</source>
        <translation>Un fournisseur.</translation>
    </message>
    <message>
        <source>A bid (with --requirement and --rev: its latest answer).</source>
        <translation>Une offre (avec --requirement et --rev&#xa0;: sa dernière réponse).</translation>
    </message>
    <message>
        <source>The latest assessment of a criterion.</source>
        <translation>La dernière évaluation d&apos;un critère.</translation>
    </message>
    <message>
        <source>The latest decision recorded.</source>
        <translation>La dernière décision enregistrée.</translation>
    </message>
    <message>
        <source>the answer of bid %1 to %2 rev %3</source>
        <translation>la réponse de l&apos;offre %1 à %2 rév. %3</translation>
    </message>
    <message>
        <source>rev %1 of requirement %2</source>
        <translation>la rév. %1 de l&apos;exigence %2</translation>
    </message>
    <message>
        <source>requirement %1</source>
        <translation>l&apos;exigence %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>la source %1</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>le fournisseur %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>l&apos;offre %1</translation>
    </message>
    <message>
        <source>the latest assessment of %1</source>
        <translation>la dernière évaluation de %1</translation>
    </message>
    <message>
        <source>the latest decision</source>
        <translation>la dernière décision</translation>
    </message>
    <message>
        <source>Retracted %1: audit entry %2. It stays in the file; &apos;hostreview-cli reinstate %3 --dossier %4 --entry %2&apos; brings it back.</source>
        <translation>Retiré&#xa0;: %1 (entrée d&apos;audit %2). Rien n&apos;est effacé du fichier&#xa0;; &apos;hostreview-cli reinstate %3 --dossier %4 --entry %2&apos; le rétablit.</translation>
    </message>
    <message>
        <source>The audit entry of the retraction.</source>
        <translation>L&apos;entrée d&apos;audit du retrait.</translation>
    </message>
    <message>
        <source>Reinstated what audit entry %1 retracted.</source>
        <translation>Ce que l&apos;entrée d&apos;audit %1 avait retiré est rétabli.</translation>
    </message>
    <message>
        <source>no dossier %1 in this file</source>
        <translation>aucun dossier %1 dans ce fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The revision answered (default: the one in force on the day of the answer).</source>
        <translation>La révision à laquelle elle répond (par défaut&#xa0;: celle en vigueur le jour de la réponse).</translation>
    </message>
    <message>
        <source>no bid %1 in dossier %2</source>
        <translation>aucune offre %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>no revision of %1 was in force on %2: give the revision answered (--rev)</source>
        <translation>aucune révision de %1 n&apos;était en vigueur le %2&#xa0;: indiquez la révision à laquelle elle répond (--rev)</translation>
    </message>
    <message>
        <source>%1: dossier %2: %3%4</source>
        <translation>%1&#xa0;: dossier %2&#xa0;: %3%4</translation>
    </message>
    <message>
        <source>%1: table %2, row %3 (dossier %4, %5), %6: %7</source>
        <translation>%1&#xa0;: table %2, ligne %3 (dossier %4, %5), %6&#xa0;: %7</translation>
    </message>
    <message>
        <source>%1: nothing an import would refuse.</source>
        <translation>%1&#xa0;: rien qu&apos;une importation refuserait.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day it was withdrawn or disqualified (before it, it was submitted).</source>
        <translation>Le jour où elle a été retirée ou écartée (avant, elle était remise).</translation>
    </message>
    <message>
        <source>--status-at dates a withdrawal or a disqualification: give --status too</source>
        <translation>--status-at date un retrait ou une éviction&#xa0;: donnez aussi --status</translation>
    </message>
    <message>
        <source>Usage: hostreview-cli COMMAND [OPTIONS]

Review authorisations to host sensitive data with a cloud provider.

Commands:</source>
        <translation>Utilisation&#xa0;: hostreview-cli COMMAND [OPTIONS]

Examiner les autorisations d&apos;héberger des données sensibles chez un fournisseur de cloud.

Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Alias&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Par défaut&#xa0;: %2.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>store a dossier in a review file (created if missing)</source>
        <translation>enregistre un dossier dans un fichier d&apos;examen (créé s&apos;il manque)</translation>
    </message>
    <message>
        <source>Checks the whole file first: an invalid dossier is refused with the file, line, column,
JSON pointer and reason, and nothing is stored. A dossier whose id is already in the
review file is refused: history is never overwritten.</source>
        <translation>Vérifie d&apos;abord l&apos;ensemble du fichier&#xa0;: un dossier invalide est refusé avec l&apos;indication du fichier, de la ligne,
de la colonne, du pointeur JSON et du motif, et rien n&apos;est enregistré. Un dossier dont l&apos;identifiant figure déjà
dans le fichier d&apos;examen est refusé&#xa0;: l&apos;historique n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>write a dossier as JSON (stdout without -o)</source>
        <translation>écrit un dossier en JSON (sur stdout sans -o)</translation>
    </message>
    <message>
        <source>Writes the dossier in the interchange format. --public leaves out confidential sources,
confidential bids&apos; prices and evidence, and confidential answers&apos; evidence.
Files are written whole (never half) and readable by their owner only.</source>
        <translation>Écrit le dossier au format d&apos;échange. --public exclut les sources confidentielles, les prix et les éléments
de preuve des offres confidentielles, ainsi que les éléments de preuve des réponses confidentielles.
Les fichiers sont écrits en entier (jamais partiellement) et ne sont lisibles que par leur propriétaire.</translation>
    </message>
    <message>
        <source>list the dossiers of a review file</source>
        <translation>liste les dossiers d&apos;un fichier d&apos;examen</translation>
    </message>
    <message>
        <source>Lists the dossiers.</source>
        <translation>Liste les dossiers.</translation>
    </message>
    <message>
        <source>the story of a dossier: dates, counts, changes</source>
        <translation>le parcours d&apos;un dossier&#xa0;: dates, décomptes, modifications</translation>
    </message>
    <message>
        <source>Tells the dossier&apos;s story: parties, timeline, response window, counts, and every
requirement change with its distance to the deadline then in force.</source>
        <translation>Retrace l&apos;histoire du dossier&#xa0;: parties, chronologie, délai de réponse, décomptes, et chaque modification
d&apos;exigence avec son écart par rapport à la date limite alors en vigueur.</translation>
    </message>
    <message>
        <source>every revision of a requirement</source>
        <translation>chaque révision d&apos;une exigence</translation>
    </message>
    <message>
        <source>Every revision of the requirement with its date, text, rationale and what changed.</source>
        <translation>Chaque révision de l&apos;exigence avec sa date, son texte, sa justification et ce qui a changé.</translation>
    </message>
    <message>
        <source>the bias signals, their evidence, the bias index</source>
        <translation>les signaux de biais, leurs éléments de preuve, l&apos;indice de biais</translation>
    </message>
    <message>
        <source>Evaluates every bias signal of the catalogue (docs/signals.md): each with its subject,
date, evidence and basis, the bias index with its breakdown, and the signals that could
not be evaluated with what was missing. --as-of counts only what existed on that day.
The dossier&apos;s own analysis_profile applies first, then --profile. Exit 0 whether or
not signals fire.</source>
        <translation>Évalue chaque signal de biais du catalogue (docs/signals.md)&#xa0;: chacun avec son objet, sa date,
ses éléments de preuve et son fondement, l&apos;indice de biais et sa décomposition, ainsi que les signaux
qui n&apos;ont pas pu être évalués et ce qui manquait pour le faire. --as-of ne prend en compte que ce qui
existait à cette date. L&apos;analysis_profile propre au dossier s&apos;applique d&apos;abord, puis --profile. Code de
sortie 0, que des signaux soient déclenchés ou non.</translation>
    </message>
    <message>
        <source>requirements x vendors: full, partial, none, stale; scores</source>
        <translation>exigences x fournisseurs&#xa0;: complète, partielle, aucune, périmée&#xa0;; scores</translation>
    </message>
    <message>
        <source>The compliance matrix as of a day (default: the final deadline): one line per requirement
in force (* mandatory), one column per vendor: ✓ full, ◐ partial, ✗ none, ↻ stale (the
answer was to an earlier revision), · no answer. Then each vendor&apos;s weighted score (full =
weight of the revision in force, partial = half, anything else 0) and mandatory requirements met.</source>
        <translation>La matrice de conformité à une date donnée (par défaut&#xa0;: la date limite finale)&#xa0;: une ligne par exigence
en vigueur (* obligatoire), une colonne par fournisseur&#xa0;: ✓ conforme, ◐ partielle, ✗ non conforme, ↻ périmée (la
réponse portait sur une révision antérieure), · sans réponse. Puis le score pondéré de chaque fournisseur (conforme =
pondération de la révision en vigueur, partielle = moitié, tout le reste 0) et les exigences obligatoires satisfaites.</translation>
    </message>
    <message>
        <source>a vendor&apos;s answers, what changed since, what to answer</source>
        <translation>les réponses d&apos;un fournisseur, ce qui a changé depuis, ce qu&apos;il reste à répondre</translation>
    </message>
    <message>
        <source>The vendor&apos;s perspective as of a day (default: the final deadline): the deadline in force,
every requirement changed since the vendor answered it, what it must answer (again), and
its answers. --csv also writes the answers as CSV (owner-only, never half a file).</source>
        <translation>Le point de vue du fournisseur à une date donnée (par défaut&#xa0;: la date limite finale)&#xa0;: la date limite en vigueur,
chaque exigence modifiée depuis que le fournisseur y a répondu, ce à quoi il doit (à nouveau) répondre, et
ses réponses. --csv écrit aussi les réponses au format CSV (lisible par le seul propriétaire, jamais écrit partiellement).</translation>
    </message>
    <message>
        <source>the review report as PDF</source>
        <translation>le rapport d&apos;examen en PDF</translation>
    </message>
    <message>
        <source>Writes the review report: cover, contents, bias index and breakdown, signals with evidence
and basis, requirement changes with word diffs, the compliance matrix at the final deadline,
assessment and decision, claims check, sources, timeline and funnel charts. --public leaves
out everything marked confidential and says so on the cover.</source>
        <translation>Écrit le rapport d&apos;examen&#xa0;: page de garde, sommaire, indice de biais et sa décomposition, signaux avec leurs éléments de preuve
et leur fondement, modifications d&apos;exigences avec les différences mot à mot, matrice de conformité à la date limite finale,
évaluation et décision, vérification des affirmations, sources, graphiques de la chronologie et de l&apos;entonnoir. --public exclut
tout ce qui est marqué confidentiel et le signale sur la page de garde.</translation>
    </message>
    <message>
        <source>the assessment criteria and their status</source>
        <translation>les critères d&apos;évaluation et leur statut</translation>
    </message>
    <message>
        <source>Every assessment criterion with its status, kind, title, comment and source.</source>
        <translation>Chaque critère d&apos;évaluation avec son statut, son type, son titre, son commentaire et sa source.</translation>
    </message>
    <message>
        <source>add the criteria of a template the dossier lacks</source>
        <translation>ajoute les critères d&apos;un modèle absents du dossier</translation>
    </message>
    <message>
        <source>Adds the criteria of a template that the dossier lacks, not yet assessed, titled in the
language of --lang; the dossier&apos;s own criteria are kept. Without --file: the built-in
template for hosting health data (18 criteria). The format is in docs/assessment.md.</source>
        <translation>Ajoute les critères d&apos;un modèle qui manquent au dossier, non encore évalués, intitulés dans la
langue de --lang&#xa0;; les critères propres au dossier sont conservés. Sans --file&#xa0;: le modèle
intégré pour l&apos;hébergement de données de santé (18 critères). Le format est décrit dans docs/assessment.md.</translation>
    </message>
    <message>
        <source>record the assessment of a criterion</source>
        <translation>enregistre l&apos;évaluation d&apos;un critère</translation>
    </message>
    <message>
        <source>Records an assessment of a criterion: STATUS is not_assessed, acceptable, to_improve or
unacceptable. The comment and source stay as they were unless given (&quot;&quot; clears them).
The previous assessment stays in the file as the criterion&apos;s history.</source>
        <translation>Enregistre l&apos;évaluation d&apos;un critère&#xa0;: STATUS vaut not_assessed, acceptable, to_improve ou
unacceptable. Le commentaire et la source restent les mêmes s&apos;ils ne sont pas indiqués (&quot;&quot; les efface).
L&apos;évaluation précédente reste dans le fichier comme historique du critère.</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>enregistre la décision</translation>
    </message>
    <message>
        <source>add or remove a claim of the decision</source>
        <translation>ajoute ou retire une affirmation de la décision</translation>
    </message>
    <message>
        <source>Adds a claim the decision rests on (KIND: no_compliant_alternative,
no_alternative_offer or other), or removes one (it stays in the audit trail).</source>
        <translation>Ajoute une affirmation sur laquelle repose la décision (KIND&#xa0;: no_compliant_alternative,
no_alternative_offer ou other), ou en retire une (elle reste dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>each claim tested against the evidence</source>
        <translation>chaque affirmation confrontée aux éléments de preuve</translation>
    </message>
    <message>
        <source>Each claim of the decision tested against the evidence (CLAIM_CONTRADICTED): the
verdict, why, and every bid with the mandatory requirements it met at the final deadline.</source>
        <translation>Chaque affirmation de la décision confrontée aux éléments de preuve (CLAIM_CONTRADICTED)&#xa0;: le
verdict, sa raison, et chaque offre avec les exigences obligatoires qu&apos;elle remplissait à la date limite finale.</translation>
    </message>
    <message>
        <source>add a requirement with its first revision</source>
        <translation>ajoute une exigence avec sa première révision</translation>
    </message>
    <message>
        <source>Adds a requirement with its first revision. DATE is a day (YYYY-MM-DD, its start in the
dossier&apos;s time zone) or an instant with its offset (2023-12-12T18:00:00+01:00).</source>
        <translation>Ajoute une exigence avec sa première révision. DATE est un jour (AAAA-MM-JJ, son début dans le
fuseau horaire du dossier) ou un instant avec son décalage (2023-12-12T18:00:00+01:00).</translation>
    </message>
    <message>
        <source>record a new revision of a requirement</source>
        <translation>enregistre une nouvelle révision d&apos;une exigence</translation>
    </message>
    <message>
        <source>Records the requirement&apos;s next revision: the earlier ones never change. The text, mandatory,
weight and status carry over from the latest revision unless given; the rationale and
source are the new revision&apos;s own. Its effective date is not earlier than the latest&apos;s.</source>
        <translation>Enregistre la révision suivante de l&apos;exigence&#xa0;: les précédentes ne changent jamais. Le texte,
le caractère obligatoire, le poids et le statut reprennent ceux de la dernière révision s&apos;ils ne
sont pas donnés&#xa0;; la justification et la source sont propres à la nouvelle révision. Sa date
d&apos;effet n&apos;est pas antérieure à celle de la dernière.</translation>
    </message>
    <message>
        <source>add or change a source</source>
        <translation>ajoute ou modifie une source</translation>
    </message>
    <message>
        <source>Adds a source, or with --edit changes one (&quot;&quot; clears a field); the audit trail keeps
the values replaced. KIND is official, press, petition, bid_document,
consultation_document or other.</source>
        <translation>Ajoute une source, ou avec --edit en modifie une (&quot;&quot; efface un champ)&#xa0;; le journal d&apos;audit
garde les valeurs remplacées. KIND vaut official, press, petition, bid_document,
consultation_document ou other.</translation>
    </message>
    <message>
        <source>add a vendor with its certifications</source>
        <translation>ajoute un fournisseur avec ses certifications</translation>
    </message>
    <message>
        <source>Adds a vendor, its jurisdiction and its certifications.</source>
        <translation>Ajoute un fournisseur, sa juridiction et ses certifications.</translation>
    </message>
    <message>
        <source>add a vendor&apos;s bid</source>
        <translation>ajoute l&apos;offre d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>Adds a bid of a known vendor, without answers (&apos;answer&apos; records them). STATUS is
submitted, withdrawn or disqualified; --status-at dates a withdrawal or a
disqualification (before that day the bid was submitted and its answers count).</source>
        <translation>Ajoute une offre d&apos;un fournisseur connu, sans réponses («&#xa0;answer&#xa0;» les enregistre). STATUS vaut
submitted, withdrawn ou disqualified&#xa0;; --status-at date un retrait ou une éviction (avant ce
jour, l&apos;offre était remise et ses réponses comptent).</translation>
    </message>
    <message>
        <source>record a bid&apos;s answer to a revision</source>
        <translation>enregistre la réponse d&apos;une offre à une révision</translation>
    </message>
    <message>
        <source>Records the bid&apos;s answer to a revision of a requirement (default: the one in force on the
day of the answer): C is full, partial or none; --at defaults to the bid&apos;s submission.
Earlier answers stay: the latest one given counts. An answer to a revision since replaced
is stale.</source>
        <translation>Enregistre la réponse de l&apos;offre à une révision d&apos;une exigence (par défaut celle en vigueur le
jour de la réponse)&#xa0;: C vaut full, partial ou none&#xa0;; --at vaut par défaut le dépôt de l&apos;offre.
Les réponses antérieures restent&#xa0;: la dernière donnée compte. Une réponse à une révision
remplacée depuis est périmée.</translation>
    </message>
    <message>
        <source>undo an addition; it stays in the file</source>
        <translation>annule un ajout&#xa0;; il reste dans le fichier</translation>
    </message>
    <message>
        <source>Undoes an addition: a requirement, its latest revision, a source, a vendor, a bid, a bid&apos;s
latest answer, a criterion&apos;s latest assessment or the latest decision. Nothing is deleted:
the rows are marked retracted by an audit entry, whose number is printed, and stay in the
file. Refused while something depends on them (an answered revision, a cited source...).</source>
        <translation>Annule un ajout&#xa0;: une exigence, sa dernière révision, une source, un fournisseur, une offre, la
dernière réponse d&apos;une offre, la dernière évaluation d&apos;un critère ou la dernière décision. Rien
n&apos;est supprimé&#xa0;: les lignes sont marquées retirées par une entrée d&apos;audit, dont le numéro est
affiché, et restent dans le fichier. Refusé tant que quelque chose en dépend (une révision à
laquelle on a répondu, une source citée...).</translation>
    </message>
    <message>
        <source>bring back what a retraction took</source>
        <translation>rétablit ce qu&apos;un retrait a annulé</translation>
    </message>
    <message>
        <source>Brings back what the retraction recorded as audit entry N took (redo).</source>
        <translation>Rétablit ce que le retrait enregistré comme entrée d&apos;audit N a annulé (rétablir).</translation>
    </message>
    <message>
        <source>every action recorded in the file</source>
        <translation>chaque action enregistrée dans le fichier</translation>
    </message>
    <message>
        <source>The file&apos;s audit trail, oldest first: every action with its number, time (UTC),
dossier, kind and detail. It is append-only.</source>
        <translation>Le journal d&apos;audit du fichier, du plus ancien au plus récent&#xa0;: chaque action avec son numéro,
son heure (UTC), son dossier, sa nature et son détail. On ne peut qu&apos;y ajouter.</translation>
    </message>
    <message>
        <source>every stored value an import would refuse</source>
        <translation>chaque valeur enregistrée qu&apos;une importation refuserait</translation>
    </message>
    <message>
        <source>Lists every stored value an import would refuse (a file altered outside HostReview: an
empty date, an id with a control character, a reference to nothing), with its table and
row. Exit 0 when there is none, 1 otherwise.</source>
        <translation>Liste toutes les valeurs enregistrées qu&apos;une importation refuserait (un fichier modifié hors de
HostReview&#xa0;: une date vide, un identifiant avec un caractère de contrôle, une référence à rien), avec
leur table et leur ligne. Code de sortie 0 s&apos;il n&apos;y en a aucune, 1 sinon.</translation>
    </message>
    <message>
        <source>write a valid synthetic dossier</source>
        <translation>écrit un dossier synthétique valide</translation>
    </message>
    <message>
        <source>Writes a valid, deterministic synthetic dossier: N requirements, M vendors with one bid
each answering every requirement, K changes (revisions after the first).</source>
        <translation>Écrit un dossier synthétique valide et déterministe&#xa0;: N exigences, M fournisseurs ayant chacun une offre
qui répond à toutes les exigences, K modifications (révisions postérieures à la première).</translation>
    </message>
    <message>
        <source>--author: a name is needed (or set HOSTREVIEW_AUTHOR)</source>
        <translation>--author&#xa0;: un nom est nécessaire (ou définissez HOSTREVIEW_AUTHOR)</translation>
    </message>
    <message>
        <source>Dossier %1 created in %2.</source>
        <translation>Dossier %1 créé dans %2.</translation>
    </message>
    <message>
        <source>The previous metadata of dossier %1 is back (entry %2 of the audit trail).</source>
        <translation>Les métadonnées précédentes du dossier %1 sont rétablies (entrée %2 du journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Metadata of dossier %1 recorded.</source>
        <translation>Métadonnées du dossier %1 enregistrées.</translation>
    </message>
    <message>
        <source>Event %1 removed (entry %2 of the audit trail).</source>
        <translation>Événement %1 supprimé (entrée %2 du journal d&apos;audit).</translation>
    </message>
    <message>
        <source>no event %1 in dossier %2</source>
        <translation>aucun événement %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>Change of event %1 recorded.</source>
        <translation>Modification de l&apos;événement %1 enregistrée.</translation>
    </message>
    <message>
        <source>Event %1 recorded.</source>
        <translation>Événement %1 enregistré.</translation>
    </message>
    <message>
        <source>The previous status of bid %1 is back (entry %2 of the audit trail).</source>
        <translation>Le statut précédent de l&apos;offre %1 est rétabli (entrée %2 du journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Bid %1 is %2 from %3.</source>
        <translation>L&apos;offre %1 a le statut %2 à partir du %3.</translation>
    </message>
    <message>
        <source>criterion %1 already exists in dossier %2</source>
        <translation>le critère %1 existe déjà dans le dossier %2</translation>
    </message>
    <message>
        <source>Criterion %1 added, not assessed yet.</source>
        <translation>Critère %1 ajouté, pas encore évalué.</translation>
    </message>
    <message>
        <source>Options for every command:
  --lang fr|en     language of the output
  --help           this help; &apos;hostreview-cli help COMMAND&apos; for one command
  --version        the version

Every command that changes a review file records who did it: --author NAME, by default
$HOSTREVIEW_AUTHOR, else the account&apos;s full name.

Exit status: 0 success, 2 bad usage or invalid input, 1 any other failure.</source>
        <translation>Options communes à toutes les commandes&#xa0;:
  --lang fr|en     langue de la sortie
  --help           cette aide&#xa0;; &apos;hostreview-cli help COMMAND&apos; pour une seule commande
  --version        la version

Chaque commande qui modifie un fichier de revue enregistre qui l&apos;a fait&#xa0;: --author NOM, par défaut
$HOSTREVIEW_AUTHOR, sinon le nom complet du compte.

Code de sortie&#xa0;: 0 succès, 2 utilisation incorrecte ou entrée invalide, 1 tout autre échec.</translation>
    </message>
    <message>
        <source>What the dossier is about.</source>
        <translation>L&apos;objet du dossier.</translation>
    </message>
    <message>
        <source>Who asks for the authorisation.</source>
        <translation>Qui demande l&apos;autorisation.</translation>
    </message>
    <message>
        <source>Who decides.</source>
        <translation>Qui décide.</translation>
    </message>
    <message>
        <source>The procedure (docs/format.md, section 3).</source>
        <translation>La procédure (docs/format.md, section 3).</translation>
    </message>
    <message>
        <source>personal, health, sensitive_public or public.</source>
        <translation>personal, health, sensitive_public ou public.</translation>
    </message>
    <message>
        <source>A category of the data hosted (repeat for each).</source>
        <translation>Une catégorie des données hébergées (à répéter pour chacune).</translation>
    </message>
    <message>
        <source>A certification a host must hold (repeat for each).</source>
        <translation>Une certification que l&apos;hébergeur doit détenir (à répéter pour chacune).</translation>
    </message>
    <message>
        <source>The IANA time zone of its dates (Europe/Paris).</source>
        <translation>Le fuseau horaire IANA de ses dates (Europe/Paris).</translation>
    </message>
    <message>
        <source>The language of its texts.</source>
        <translation>La langue de ses textes.</translation>
    </message>
    <message>
        <source>Whether it is an illustration, not a real case.</source>
        <translation>S&apos;il s&apos;agit d&apos;une illustration et non d&apos;un cas réel.</translation>
    </message>
    <message>
        <source>A summary.</source>
        <translation>Un résumé.</translation>
    </message>
    <message>
        <source>create an empty dossier (and the review file if missing)</source>
        <translation>créer un dossier vide (et le fichier de revue s&apos;il manque)</translation>
    </message>
    <message>
        <source>Creates a dossier with its metadata only, checked as an import checks it; then add its
sources, events, requirements, vendors, bids and answers with the other commands.</source>
        <translation>Crée un dossier avec ses seules métadonnées, vérifiées comme lors d&apos;une importation&#xa0;; ajoutez
ensuite ses sources, événements, exigences, fournisseurs, offres et réponses avec les autres commandes.</translation>
    </message>
    <message>
        <source>The new dossier&apos;s id.</source>
        <translation>L&apos;identifiant du nouveau dossier.</translation>
    </message>
    <message>
        <source>change a dossier&apos;s metadata</source>
        <translation>modifier les métadonnées d&apos;un dossier</translation>
    </message>
    <message>
        <source>Records new metadata: what is given replaces what was recorded (&quot;&quot; removes an optional
value; a repeated option replaces its whole list), the rest stays. The previous metadata
stays in the file; --undo brings it back. The time zone cannot change once the dossier
holds dates.</source>
        <translation>Enregistre de nouvelles métadonnées&#xa0;: ce qui est donné remplace ce qui était enregistré (&quot;&quot; retire
une valeur facultative&#xa0;; une option répétée remplace toute sa liste), le reste demeure. Les métadonnées
précédentes restent dans le fichier&#xa0;; --undo les rétablit. Le fuseau horaire ne peut plus changer
une fois que le dossier contient des dates.</translation>
    </message>
    <message>
        <source>Undo the latest change of the metadata.</source>
        <translation>Annuler la dernière modification des métadonnées.</translation>
    </message>
    <message>
        <source>record, change or remove an event of the consultation</source>
        <translation>enregistrer, modifier ou supprimer un événement de la consultation</translation>
    </message>
    <message>
        <source>Records an event of the consultation (KIND: docs/format.md, section 5; a deadline_extended
needs --new-deadline). --edit records a change of an event (&quot;&quot; removes an optional
value); --remove takes it back. Both stay in the file and its audit trail.</source>
        <translation>Enregistre un événement de la consultation (KIND&#xa0;: docs/format.md, section 5&#xa0;; un deadline_extended
exige --new-deadline). --edit enregistre une modification d&apos;un événement (&quot;&quot; retire une valeur
facultative)&#xa0;; --remove le retire. Les deux restent dans le fichier et son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The event&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;événement.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>When it happened.</source>
        <translation>Quand cela s&apos;est passé.</translation>
    </message>
    <message>
        <source>The deadline in force from then on (deadline_extended).</source>
        <translation>La date limite en vigueur à partir de ce moment (deadline_extended).</translation>
    </message>
    <message>
        <source>A title.</source>
        <translation>Un titre.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <source>Change an existing event.</source>
        <translation>Modifier un événement existant.</translation>
    </message>
    <message>
        <source>Remove the event (it stays in the audit trail).</source>
        <translation>Supprimer l&apos;événement (il reste dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>record the day a bid was withdrawn or disqualified</source>
        <translation>enregistrer le jour où une offre a été retirée ou écartée</translation>
    </message>
    <message>
        <source>Records the status a bid took on a day (its status_at): before that day it counts as
submitted. The reason stays in the file and its audit trail. --undo brings the previous
status back.</source>
        <translation>Enregistre le statut pris par une offre à une date (son status_at)&#xa0;: avant ce jour, elle compte
comme remise. Le motif reste dans le fichier et son journal d&apos;audit. --undo rétablit le statut
précédent.</translation>
    </message>
    <message>
        <source>The day the bid took that status.</source>
        <translation>Le jour où l&apos;offre a pris ce statut.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Pourquoi.</translation>
    </message>
    <message>
        <source>Undo the latest status recorded.</source>
        <translation>Annuler le dernier statut enregistré.</translation>
    </message>
    <message>
        <source>add an assessment criterion of the reviewer&apos;s own</source>
        <translation>ajouter un critère d&apos;évaluation propre à l&apos;examinateur</translation>
    </message>
    <message>
        <source>Adds a criterion to the dossier&apos;s assessment, not assessed yet (assess then assesses it).
KIND: docs/format.md, section 9.</source>
        <translation>Ajoute un critère à l&apos;évaluation du dossier, pas encore évalué (assess l&apos;évalue ensuite).
KIND&#xa0;: docs/format.md, section 9.</translation>
    </message>
    <message>
        <source>The criterion&apos;s id.</source>
        <translation>L&apos;identifiant du critère.</translation>
    </message>
    <message>
        <source>What it assesses.</source>
        <translation>Ce qu&apos;il évalue.</translation>
    </message>
    <message>
        <source>Who records the action (default: $HOSTREVIEW_AUTHOR, else the account&apos;s full name).</source>
        <translation>Qui enregistre l&apos;action (par défaut&#xa0;: $HOSTREVIEW_AUTHOR, sinon le nom complet du compte).</translation>
    </message>
    <message numerus="yes">
        <source>warning: recorded %n day(s) after its effective date (%1); the history shows it so.</source>
        <translation>
            <numerusform>avertissement&#xa0;: enregistrée %n jour après sa date de prise d&apos;effet (%1)&#xa0;; l&apos;historique l&apos;indique.</numerusform>
            <numerusform>avertissement&#xa0;: enregistrée %n jours après sa date de prise d&apos;effet (%1)&#xa0;; l&apos;historique l&apos;indique.</numerusform>
        </translation>
    </message>
    <message>
        <source>To record it all the same, add --despite-assessment.</source>
        <translation>Pour l&apos;enregistrer malgré tout, ajoutez --despite-assessment.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 (%2, &quot;%3&quot; between fields):</source>
        <translation>%1 (%2, « %3 » entre les champs)&#xa0;:</translation>
    </message>
    <message>
        <source>columns ignored: %1</source>
        <translation>colonnes ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No change: nothing recorded.</source>
        <translation>Aucun changement&#xa0;: rien enregistré.</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded.</source>
        <translation>Essai à blanc&#xa0;: rien enregistré.</translation>
    </message>
    <message>
        <source>Recorded in %1, effective %2.</source>
        <translation>Enregistré dans %1, avec prise d&apos;effet le %2.</translation>
    </message>
    <message>
        <source>Recorded in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Records the decision; what is not given stays as recorded. OUTCOME is pending,
authorized, authorized_with_conditions or refused. --condition replaces the conditions.
The previous decision stays in the file. An authorisation while criteria of the assessment
are unacceptable or not assessed needs --despite-assessment; the audit trail names them.</source>
        <translation>Enregistre la décision&#xa0;; ce qui n&apos;est pas indiqué reste tel qu&apos;enregistré. OUTCOME vaut pending,
authorized, authorized_with_conditions ou refused. --condition remplace les conditions.
La décision précédente reste dans le fichier. Une autorisation alors que des critères de
l&apos;évaluation sont inacceptables ou non évalués exige --despite-assessment&#xa0;; le journal d&apos;audit les nomme.</translation>
    </message>
    <message>
        <source>Authorise although criteria are unacceptable or not assessed.</source>
        <translation>Autoriser bien que des critères soient inacceptables ou non évalués.</translation>
    </message>
    <message>
        <source>import a requirement list from a spreadsheet (CSV)</source>
        <translation>importer une liste d&apos;exigences depuis un tableur (CSV)</translation>
    </message>
    <message>
        <source>Reads a requirement list saved as CSV (columns id, category, title, text, mandatory,
weight, or identifiant, catégorie, titre, texte, obligatoire, poids; comma or semicolon;
UTF-8 or Windows-1252) and records what it changes, effective on DATE: a new row adds a
requirement; a changed text, mandatory flag or weight adds a revision; a row gone withdraws
its requirement. Prints the changes; --dry-run prints them and writes nothing. Every bad row
is named with its line and column, and then nothing is written. docs/spreadsheets.md.</source>
        <translation>Lit une liste d&apos;exigences enregistrée en CSV (colonnes identifiant, catégorie, titre, texte,
obligatoire, poids, ou id, category, title, text, mandatory, weight&#xa0;; virgule ou point-virgule&#xa0;;
UTF-8 ou Windows-1252) et enregistre ce qu&apos;elle change, avec prise d&apos;effet à DATE&#xa0;: une ligne
nouvelle ajoute une exigence&#xa0;; un texte, un caractère obligatoire ou un poids modifié ajoute une
révision&#xa0;; une ligne disparue retire son exigence. Affiche les changements&#xa0;; --dry-run les affiche
sans rien écrire. Chaque ligne incorrecte est nommée avec sa ligne et sa colonne, et rien n&apos;est
alors écrit. docs/spreadsheets.md.</translation>
    </message>
    <message>
        <source>The requirement list (CSV).</source>
        <translation>La liste d&apos;exigences (CSV).</translation>
    </message>
    <message>
        <source>When the changes take effect (a day or an instant).</source>
        <translation>Quand les changements prennent effet (un jour ou un instant).</translation>
    </message>
    <message>
        <source>Why the list changed (every revision).</source>
        <translation>Pourquoi la liste a changé (pour chaque révision).</translation>
    </message>
    <message>
        <source>The source of the list.</source>
        <translation>La source de la liste.</translation>
    </message>
    <message>
        <source>Print the changes; write nothing.</source>
        <translation>Afficher les changements&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>import a vendor&apos;s answers from a spreadsheet (CSV)</source>
        <translation>importer les réponses d&apos;un fournisseur depuis un tableur (CSV)</translation>
    </message>
    <message>
        <source>Reads the CSV that &apos;vendor --csv&apos; writes, filled in, and records each answer that differs
from the bid&apos;s latest: to the revision its row names (rev_answered, else rev_in_force),
dated --at, else its answered_at, else the bid&apos;s submission. Rows without a compliance are
skipped. Every bad row is named with its line and column, and then nothing is written.</source>
        <translation>Lit le CSV qu&apos;écrit &apos;vendor --csv&apos;, une fois rempli, et enregistre chaque réponse qui diffère
de la dernière de l&apos;offre&#xa0;: à la révision que nomme sa ligne (rev_answered, sinon rev_in_force),
datée de --at, sinon de son answered_at, sinon de la remise de l&apos;offre. Les lignes sans conformité
sont ignorées. Chaque ligne incorrecte est nommée avec sa ligne et sa colonne, et rien n&apos;est alors écrit.</translation>
    </message>
    <message>
        <source>The answers (CSV).</source>
        <translation>Les réponses (CSV).</translation>
    </message>
    <message>
        <source>When the answers were given.</source>
        <translation>Quand les réponses ont été données.</translation>
    </message>
</context>
<context>
    <name>hostreview::ComplianceMatrix</name>
    <message>
        <source>full</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmée</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>Compliance as of %1: %n requirement(s) in force</source>
        <translation>
            <numerusform>Conformité à la date du %1&#xa0;: %n exigence en vigueur</numerusform>
            <numerusform>Conformité à la date du %1&#xa0;: %n exigences en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ full  ◐ partial  ✗ none  ↻ stale (answered an earlier revision)  · no answer  * mandatory</source>
        <translation>✓ conforme  ◐ partielle  ✗ non conforme  ↻ périmée (réponse à une révision antérieure)  · sans réponse  * obligatoire</translation>
    </message>
    <message>
        <source>Scores (full = weight, partial = half, none, stale or no answer = 0):</source>
        <translation>Scores (conforme = pondération, partielle = moitié, non conforme, périmée ou sans réponse = 0)&#xa0;:</translation>
    </message>
    <message>
        <source>  %1 %2: %3 / %4 (%5 %), mandatory met %6 / %7; %8 full, %9 partial, %10 none, %11 stale, %12 unanswered</source>
        <translation>  %1 %2&#xa0;: %3 / %4 (%5&#xa0;%), exigences obligatoires satisfaites %6 / %7&#xa0;; %8 conforme(s), %9 partielle(s), %10 non conforme(s), %11 périmée(s), %12 sans réponse</translation>
    </message>
</context>
<context>
    <name>hostreview::ComplianceMatrixModel</name>
    <message>
        <source>%1 has not answered %2</source>
        <translation>%1 n&apos;a pas répondu à %2</translation>
    </message>
    <message>
        <source>%1 answered %2 rev %3: %4</source>
        <translation>%1 a répondu à %2 rév. %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 rev %2%3</source>
        <translation>%1 rév. %2%3</translation>
    </message>
    <message>
        <source>, mandatory</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <source>, optional</source>
        <translation>, facultative</translation>
    </message>
</context>
<context>
    <name>hostreview::CriterionTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>hostreview::Csv</name>
    <message>
        <source>the file starts with a UTF-8 byte-order mark but is not UTF-8</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets UTF-8 mais n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed (a &quot; is missing)</source>
        <translation>le champ entre guillemets qui commence ici n&apos;est jamais fermé (il manque un &quot;)</translation>
    </message>
    <message>
        <source>a NUL character (U+0000) is not allowed</source>
        <translation>un caractère NUL (U+0000) n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a &quot; inside a quoted field is written &quot;&quot;)</source>
        <translation>du texte suit le guillemet fermant d&apos;un champ (un &quot; dans un champ entre guillemets s&apos;écrit &quot;&quot;)</translation>
    </message>
    <message>
        <source>this row has %1 fields where the header has %2 (a cell with a %3 or a line break must be quoted)</source>
        <translation>cette ligne a %1 champs alors que l&apos;en-tête en a %2 (une cellule contenant un %3 ou un saut de ligne doit être entre guillemets)</translation>
    </message>
</context>
<context>
    <name>hostreview::DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>A date such as 2023-12-21, or a date and time with its offset.</source>
        <translation>Une date telle que 2023-12-21, ou une date et une heure avec son décalage horaire.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>One condition per line</source>
        <translation>Une condition par ligne</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Selected &amp;vendor:</source>
        <translation>Fournisseur &amp;retenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Date de décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>Date de &amp;publication&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Motivation&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The decision cannot be published before it is taken.</source>
        <translation>La décision ne peut pas être publiée avant d&apos;avoir été prise.</translation>
    </message>
</context>
<context>
    <name>hostreview::DossierDialog</name>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>An illustration, not a real case</source>
        <translation>Une illustration, pas un cas réel</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Dossier details</source>
        <translation>Détails du dossier</translation>
    </message>
    <message>
        <source>e.g. EMC2-2023</source>
        <translation>p. ex. EMC2-2023</translation>
    </message>
    <message>
        <source>Europe/Paris (the default)</source>
        <translation>Europe/Paris (par défaut)</translation>
    </message>
    <message>
        <source>health, genetic (separated by commas)</source>
        <translation>santé, génétique (séparées par des virgules)</translation>
    </message>
    <message>
        <source>HDS, SecNumCloud (separated by commas)</source>
        <translation>HDS, SecNumCloud (séparées par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procédure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data categories:</source>
        <translation>Catégories de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Required &amp;certifications:</source>
        <translation>&amp;Certifications exigées&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Give the dossier an id.</source>
        <translation>Donnez un identifiant au dossier.</translation>
    </message>
    <message>
        <source>Give the dossier a title.</source>
        <translation>Donnez un titre au dossier.</translation>
    </message>
    <message>
        <source>%1 is not a time zone (an IANA name such as Europe/Paris).</source>
        <translation>%1 n&apos;est pas un fuseau horaire (un nom IANA tel que Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>hostreview::DossierDocument</name>
    <message>
        <source>no requirement %1 in this dossier</source>
        <translation>aucune exigence %1 dans ce dossier</translation>
    </message>
    <message>
        <source>no source %1 in this dossier</source>
        <translation>aucune source %1 dans ce dossier</translation>
    </message>
    <message>
        <source>add vendor %1</source>
        <translation>ajout du fournisseur %1</translation>
    </message>
    <message>
        <source>add bid %1</source>
        <translation>ajout de l&apos;offre %1</translation>
    </message>
    <message>
        <source>answer of %1 to %2 rev %3</source>
        <translation>réponse de l&apos;offre %1 à %2 rév. %3</translation>
    </message>
    <message>
        <source>apply template %1</source>
        <translation>appliquer le modèle %1</translation>
    </message>
    <message>
        <source>assess %1</source>
        <translation>évaluer %1</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>enregistrer la décision</translation>
    </message>
    <message>
        <source>add claim %1</source>
        <translation>ajouter l&apos;affirmation %1</translation>
    </message>
    <message>
        <source>remove claim %1</source>
        <translation>retirer l&apos;affirmation %1</translation>
    </message>
    <message>
        <source>add requirement %1</source>
        <translation>ajout de l&apos;exigence %1</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>révision %1 de %2</translation>
    </message>
    <message>
        <source>add source %1</source>
        <translation>ajout de la source %1</translation>
    </message>
    <message>
        <source>change the dossier&apos;s details</source>
        <translation>modifier les détails du dossier</translation>
    </message>
    <message>
        <source>record event %1</source>
        <translation>enregistrer l&apos;événement %1</translation>
    </message>
    <message>
        <source>change event %1</source>
        <translation>modifier l&apos;événement %1</translation>
    </message>
    <message>
        <source>remove event %1</source>
        <translation>supprimer l&apos;événement %1</translation>
    </message>
    <message>
        <source>record the status of bid %1</source>
        <translation>enregistrer le statut de l&apos;offre %1</translation>
    </message>
    <message>
        <source>import the requirement list %1</source>
        <translation>importer la liste d&apos;exigences %1</translation>
    </message>
    <message>
        <source>%1 changes nothing: every requirement is as recorded</source>
        <translation>%1 ne change rien&#xa0;: chaque exigence est telle qu&apos;enregistrée</translation>
    </message>
    <message>
        <source>import the answers of bid %1</source>
        <translation>importer les réponses de l&apos;offre %1</translation>
    </message>
    <message>
        <source>Reading the bids and answers</source>
        <translation>Lecture des offres et des réponses</translation>
    </message>
    <message>
        <source>Indexing the answers</source>
        <translation>Indexation des réponses</translation>
    </message>
    <message>
        <source>Evaluating the signals</source>
        <translation>Évaluation des signaux</translation>
    </message>
</context>
<context>
    <name>hostreview::DossierReader</name>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs admises&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 expected, found %2</source>
        <translation>type %1 attendu, type %2 trouvé</translation>
    </message>
    <message>
        <source>duplicate %1 id %2</source>
        <translation>%1&#xa0;: identifiant %2 en double</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (extensions belong under the top-level &quot;x&quot; object)</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» (les extensions doivent figurer sous l&apos;objet &quot;x&quot; de premier niveau)</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>clé obligatoire «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1 to 64 characters from A-Z a-z 0-9 . _ : -)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide (1 à 64 caractères parmi A-Z a-z 0-9 . _ : -)</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>le nombre %1 est hors limites</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ne doit pas être négatif</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (de %2 à %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a HostReview dossier (&quot;hostreview-dossier&quot; expected)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier HostReview (&quot;hostreview-dossier&quot; attendu)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this HostReview reads version 1)</source>
        <translation>version %1 non prise en charge (cette version de HostReview lit la version 1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: fr, en</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs admises&#xa0;: fr, en</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>a deadline_extended event requires &quot;new_deadline&quot;</source>
        <translation>un événement deadline_extended exige &quot;new_deadline&quot;</translation>
    </message>
    <message>
        <source>&quot;new_deadline&quot; belongs only to deadline_extended events</source>
        <translation>&quot;new_deadline&quot; n&apos;est admis que dans les événements deadline_extended</translation>
    </message>
    <message>
        <source>a second consultation_opened event: there can be only one</source>
        <translation>un second événement consultation_opened&#xa0;: il ne peut y en avoir qu&apos;un</translation>
    </message>
    <message>
        <source>a second bid_deadline event: extensions are deadline_extended events</source>
        <translation>un second événement bid_deadline&#xa0;: les prolongations sont des événements deadline_extended</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>exigence</translation>
    </message>
    <message>
        <source>a requirement needs at least one revision</source>
        <translation>une exigence doit comporter au moins une révision</translation>
    </message>
    <message>
        <source>revisions start at rev 1, found rev %1</source>
        <translation>les révisions commencent à la rév. 1, rév. %1 trouvée</translation>
    </message>
    <message>
        <source>rev %1 follows rev %2 (rev %3 expected)</source>
        <translation>la rév. %1 suit la rév. %2 (rév. %3 attendue)</translation>
    </message>
    <message>
        <source>effective_at %1 is earlier than rev %2&apos;s %3: effective dates never decrease</source>
        <translation>effective_at %1 est antérieur à celui de la rév. %2 (%3)&#xa0;: les dates de prise d&apos;effet ne peuvent jamais diminuer</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>bid</source>
        <translation>offre</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>unknown source id %1</source>
        <translation>identifiant de source %1 inconnu</translation>
    </message>
    <message>
        <source>unknown vendor id %1</source>
        <translation>identifiant de fournisseur %1 inconnu</translation>
    </message>
    <message>
        <source>unknown requirement id %1</source>
        <translation>identifiant d&apos;exigence %1 inconnu</translation>
    </message>
    <message>
        <source>rev %1 of requirement %2 does not exist (it has %3 revisions)</source>
        <translation>la rév. %1 de l&apos;exigence %2 n&apos;existe pas (nombre de révisions&#xa0;: %3)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the limit of %2 bytes</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 bytes</source>
        <translation>le fichier dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>number %1 cannot be stored exactly (it would become %2): write it with fewer digits</source>
        <translation>le nombre %1 ne peut pas être enregistré exactement (il deviendrait %2)&#xa0;: écrivez-le avec moins de chiffres</translation>
    </message>
    <message>
        <source>status_at %1 is earlier than submitted_at %2: a bid takes a status on or after its submission</source>
        <translation>status_at %1 est antérieur à submitted_at %2&#xa0;: une offre prend un statut le jour de sa remise ou après</translation>
    </message>
</context>
<context>
    <name>hostreview::DossierStory</name>
    <message>
        <source>Illustrative dossier: a reconstruction for demonstration, not a record of real documents.</source>
        <translation>Dossier illustratif&#xa0;: une reconstitution à des fins de démonstration, et non un relevé de documents réels.</translation>
    </message>
    <message>
        <source>Dossier id: %1</source>
        <translation>Identifiant du dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Demandeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procédure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sensitivity: %1</source>
        <translation>Sensibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Required certifications: %1</source>
        <translation>Certifications exigées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>bid %1 submitted by %2 (%3, %n answer(s))</source>
        <translation>
            <numerusform>offre %1 remise par %2 (%3, %n réponse)</numerusform>
            <numerusform>offre %1 remise par %2 (%3, %n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>fournisseur retenu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>decision published</source>
        <translation>décision publiée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message numerus="yes">
        <source>Response window: %n day(s), from %1 to %2</source>
        <translation>
            <numerusform>Délai de réponse&#xa0;: %n jour, du %1 au %2</numerusform>
            <numerusform>Délai de réponse&#xa0;: %n jours, du %1 au %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(first announced deadline: %1)</source>
        <translation>(date limite initialement annoncée&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Response window: unknown (no opening or no deadline in the dossier)</source>
        <translation>Délai de réponse&#xa0;: inconnu (pas d&apos;ouverture ou pas de date limite dans le dossier)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n exigence</numerusform>
            <numerusform>%n exigences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment criterion(s)</source>
        <translation>
            <numerusform>%n critère d&apos;évaluation</numerusform>
            <numerusform>%n critères d&apos;évaluation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in the decision</source>
        <translation>
            <numerusform>%n affirmation dans la décision</numerusform>
            <numerusform>%n affirmations dans la décision</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added (rev 1)</source>
        <translation>%1 ajoutée (rév. 1)</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 rév. %2</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the deadline in force (%1)</source>
        <translation>
            <numerusform>%n jour avant la date limite en vigueur (%1)</numerusform>
            <numerusform>%n jours avant la date limite en vigueur (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the deadline (%1)</source>
        <translation>
            <numerusform>%n jour après la date limite (%1)</numerusform>
            <numerusform>%n jours après la date limite (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>rationale: %1</source>
        <translation>justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>no rationale given</source>
        <translation>aucune justification fournie</translation>
    </message>
    <message numerus="yes">
        <source>Requirement changes (%n)</source>
        <translation>
            <numerusform>Modifications d&apos;exigences (%n)</numerusform>
            <numerusform>Modifications d&apos;exigences (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>none: every requirement kept its first revision</source>
        <translation>aucune&#xa0;: chaque exigence a conservé sa première révision</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>rev %1, effective %2</source>
        <translation>rév. %1, en vigueur à partir du %2</translation>
    </message>
    <message>
        <source>(day %1 in %2)</source>
        <translation>(jour %1 dans le fuseau %2)</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>pondération %1</translation>
    </message>
    <message numerus="yes">
        <source>deadline then in force: %1 (%n day(s) later)</source>
        <translation>
            <numerusform>date limite alors en vigueur&#xa0;: %1 (%n jour plus tard)</numerusform>
            <numerusform>date limite alors en vigueur&#xa0;: %1 (%n jours plus tard)</numerusform>
        </translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>optional → mandatory</source>
        <translation>facultative → obligatoire</translation>
    </message>
    <message>
        <source>mandatory → optional</source>
        <translation>obligatoire → facultative</translation>
    </message>
    <message>
        <source>weight %1 → %2</source>
        <translation>pondération %1 → %2</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing but the date</source>
        <translation>rien d&apos;autre que la date</translation>
    </message>
    <message numerus="yes">
        <source>effective %n day(s) after the deadline then in force (%1)</source>
        <translation>
            <numerusform>prend effet %n jour après la date limite alors en vigueur (%1)</numerusform>
            <numerusform>prend effet %n jours après la date limite alors en vigueur (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>bid %1 of %2: %3</source>
        <translation>offre %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>enregistrée le %1</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>enregistrée le %1 par %2</translation>
    </message>
    <message>
        <source>, with the dossier&apos;s import</source>
        <translation>, avec l&apos;importation du dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after its effective date</source>
        <translation>
            <numerusform>%n jour après sa date de prise d&apos;effet</numerusform>
            <numerusform>%n jours après sa date de prise d&apos;effet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::DossierWriter</name>
    <message>
        <source>the dossier %1 holds data that an import would refuse (%2%3); nothing was written. &apos;hostreview-cli check&apos; lists every such problem</source>
        <translation>le dossier %1 contient des données qu&apos;une importation refuserait (%2%3)&#xa0;; rien n&apos;a été écrit. «&#xa0;hostreview-cli check&#xa0;» liste tous les problèmes de ce genre</translation>
    </message>
</context>
<context>
    <name>hostreview::EditCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Impossible d&apos;annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>edit source %1</source>
        <translation>modification de la source %1</translation>
    </message>
</context>
<context>
    <name>hostreview::EventDialog</name>
    <message>
        <source>Record an event</source>
        <translation>Enregistrer un événement</translation>
    </message>
    <message>
        <source>Change event %1</source>
        <translation>Modifier l&apos;événement %1</translation>
    </message>
    <message>
        <source>e.g. E-DEADLINE</source>
        <translation>p. ex. E-DEADLINE</translation>
    </message>
    <message>
        <source>2023-12-04 or 2023-12-04T17:00:00+01:00</source>
        <translation>2023-12-04 ou 2023-12-04T17:00:00+01:00</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation>&amp;Nouvelle date limite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Give the event an id.</source>
        <translation>Donnez un identifiant à l&apos;événement.</translation>
    </message>
    <message>
        <source>The dossier already has an event %1.</source>
        <translation>Le dossier a déjà un événement %1.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>New deadline: %1</source>
        <translation>Nouvelle date limite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::FormDialog</name>
    <message>
        <source>The id must be 1 to 64 characters from A-Z a-z 0-9 . _ : -</source>
        <translation>L&apos;identifiant doit comporter de 1 à 64 caractères parmi A-Z a-z 0-9 . _ : -</translation>
    </message>
</context>
<context>
    <name>hostreview::JsonParser</name>
    <message>
        <source>the file is empty: a JSON value was expected</source>
        <translation>le fichier est vide&#xa0;: une valeur JSON était attendue</translation>
    </message>
    <message>
        <source>unexpected data after the end of the JSON value</source>
        <translation>données inattendues après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>unexpected end of file: a value was expected</source>
        <translation>fin de fichier inattendue&#xa0;: une valeur était attendue</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>les valeurs sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;: a value was expected</source>
        <translation>caractère inattendu &apos;%1&apos;&#xa0;: une valeur était attendue</translation>
    </message>
    <message>
        <source>invalid literal: a value was expected</source>
        <translation>littéral invalide&#xa0;: une valeur était attendue</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected</source>
        <translation>nombre invalide&#xa0;: un chiffre était attendu</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>nombre invalide&#xa0;: les zéros non significatifs ne sont pas autorisés</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected after the decimal point</source>
        <translation>nombre invalide&#xa0;: un chiffre était attendu après le point décimal</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected in the exponent</source>
        <translation>nombre invalide&#xa0;: un chiffre était attendu dans l&apos;exposant</translation>
    </message>
    <message>
        <source>unexpected end of file inside a string</source>
        <translation>fin de fichier inattendue à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>control character %1 must be escaped inside a string</source>
        <translation>le caractère de contrôle %1 doit être échappé à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1 in a string</source>
        <translation>séquence d&apos;échappement \%1 invalide dans une chaîne</translation>
    </message>
    <message>
        <source>invalid \u escape: four hexadecimal digits were expected</source>
        <translation>échappement \u invalide&#xa0;: quatre chiffres hexadécimaux étaient attendus</translation>
    </message>
    <message>
        <source>invalid \u escape: a low surrogate without a high surrogate</source>
        <translation>échappement \u invalide&#xa0;: demi-code bas sans demi-code haut</translation>
    </message>
    <message>
        <source>invalid \u escape: a high surrogate without a low surrogate</source>
        <translation>échappement \u invalide&#xa0;: demi-code haut sans demi-code bas</translation>
    </message>
    <message>
        <source>unexpected end of file: &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>fin de fichier inattendue&#xa0;: &apos;,&apos; ou &apos;]&apos; était attendu</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;: &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>caractère inattendu &apos;%1&apos;&#xa0;: &apos;,&apos; ou &apos;]&apos; était attendu</translation>
    </message>
    <message>
        <source>unexpected end of file: a member name was expected</source>
        <translation>fin de fichier inattendue&#xa0;: un nom de membre était attendu</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;: a member name in double quotes was expected</source>
        <translation>caractère inattendu &apos;%1&apos;&#xa0;: un nom de membre entre guillemets doubles était attendu</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: a key may appear only once in an object</source>
        <translation>clé «&#xa0;%1&#xa0;» en double&#xa0;: une clé ne peut apparaître qu&apos;une seule fois dans un objet</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after the member name</source>
        <translation>&apos;:&apos; était attendu après le nom de membre</translation>
    </message>
    <message>
        <source>unexpected end of file: &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>fin de fichier inattendue&#xa0;: &apos;,&apos; ou &apos;}&apos; était attendu</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;: &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>caractère inattendu &apos;%1&apos;&#xa0;: &apos;,&apos; ou &apos;}&apos; était attendu</translation>
    </message>
    <message>
        <source>the file is larger than 4 GiB</source>
        <translation>le fichier dépasse 4&#xa0;Gio</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>octet UTF-8 invalide 0x%1</translation>
    </message>
    <message>
        <source>\u0000 (the NUL character) is not allowed in text</source>
        <translation>\u0000 (le caractère NUL) n&apos;est pas admis dans un texte</translation>
    </message>
</context>
<context>
    <name>hostreview::Labels</name>
    <message>
        <source>Unknown procedure</source>
        <translation>Procédure inconnue</translation>
    </message>
    <message>
        <source>Open procedure</source>
        <translation>Procédure ouverte</translation>
    </message>
    <message>
        <source>Restricted procedure</source>
        <translation>Procédure restreinte</translation>
    </message>
    <message>
        <source>Negotiated with publication</source>
        <translation>Procédure négociée avec publicité</translation>
    </message>
    <message>
        <source>Negotiated without publication</source>
        <translation>Procédure négociée sans publicité</translation>
    </message>
    <message>
        <source>Competitive dialogue</source>
        <translation>Dialogue compétitif</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Direct award</source>
        <translation>Attribution directe</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Données de santé</translation>
    </message>
    <message>
        <source>Sensitive public data</source>
        <translation>Données publiques sensibles</translation>
    </message>
    <message>
        <source>Public data</source>
        <translation>Données publiques</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officielle</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Pétition</translation>
    </message>
    <message>
        <source>Bid document</source>
        <translation>Document d&apos;offre</translation>
    </message>
    <message>
        <source>Consultation document</source>
        <translation>Document de consultation</translation>
    </message>
    <message>
        <source>Consultation opened</source>
        <translation>Ouverture de la consultation</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>Date limite de remise des offres</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Report de la date limite</translation>
    </message>
    <message>
        <source>Clarification requested</source>
        <translation>Demande de précisions</translation>
    </message>
    <message>
        <source>Clarification answered</source>
        <translation>Réponse à une demande de précisions</translation>
    </message>
    <message>
        <source>Bids opened</source>
        <translation>Ouverture des offres</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Signature du contrat</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Sovereignty</source>
        <translation>Souveraineté</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fonctionnelle</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnelle</translation>
    </message>
    <message>
        <source>Reversibility</source>
        <translation>Réversibilité</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Withdrawn bid</source>
        <translation>Offre retirée</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiellement conforme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>Nécessité</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <source>Unacceptable</source>
        <translation>Inacceptable</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Authorised with conditions</source>
        <translation>Autorisé sous conditions</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No compliant alternative</source>
        <translation>Aucune alternative conforme</translation>
    </message>
    <message>
        <source>No alternative offer</source>
        <translation>Aucune autre offre</translation>
    </message>
    <message>
        <source>Other claim</source>
        <translation>Autre affirmation</translation>
    </message>
    <message>
        <source>the consultation&apos;s opening</source>
        <translation>l&apos;ouverture de la consultation</translation>
    </message>
    <message>
        <source>a bid deadline</source>
        <translation>une date limite de remise des offres</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>the selected vendor</source>
        <translation>le fournisseur retenu</translation>
    </message>
    <message>
        <source>the decision&apos;s date</source>
        <translation>la date de la décision</translation>
    </message>
    <message>
        <source>the publication&apos;s date</source>
        <translation>la date de publication</translation>
    </message>
    <message>
        <source>the decision&apos;s outcome</source>
        <translation>l&apos;issue de la décision</translation>
    </message>
    <message>
        <source>a claim the analysis tests (no compliant alternative, no alternative offer)</source>
        <translation>une affirmation que l&apos;analyse teste (aucune alternative conforme, aucune autre offre)</translation>
    </message>
    <message>
        <source>the assessment&apos;s criteria</source>
        <translation>les critères de l&apos;évaluation</translation>
    </message>
    <message>
        <source>the procedure</source>
        <translation>la procédure</translation>
    </message>
    <message>
        <source>the certifications required</source>
        <translation>les certifications exigées</translation>
    </message>
    <message>
        <source>the country of vendor %1&apos;s parent</source>
        <translation>le pays de la société mère du fournisseur %1</translation>
    </message>
    <message>
        <source>the country of vendor %1</source>
        <translation>le pays du fournisseur %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>review file created</source>
        <translation>fichier de revue créé</translation>
    </message>
    <message>
        <source>review file upgraded</source>
        <translation>fichier de revue mis à niveau</translation>
    </message>
    <message>
        <source>dossier imported</source>
        <translation>dossier importé</translation>
    </message>
    <message>
        <source>requirement added</source>
        <translation>exigence ajoutée</translation>
    </message>
    <message>
        <source>revision added</source>
        <translation>révision ajoutée</translation>
    </message>
    <message>
        <source>source added</source>
        <translation>source ajoutée</translation>
    </message>
    <message>
        <source>source edited</source>
        <translation>source modifiée</translation>
    </message>
    <message>
        <source>vendor added</source>
        <translation>fournisseur ajouté</translation>
    </message>
    <message>
        <source>bid added</source>
        <translation>offre ajoutée</translation>
    </message>
    <message>
        <source>answer recorded</source>
        <translation>réponse enregistrée</translation>
    </message>
    <message>
        <source>criteria added</source>
        <translation>critères ajoutés</translation>
    </message>
    <message>
        <source>criterion assessed</source>
        <translation>critère évalué</translation>
    </message>
    <message>
        <source>decision recorded</source>
        <translation>décision enregistrée</translation>
    </message>
    <message>
        <source>claim added</source>
        <translation>affirmation ajoutée</translation>
    </message>
    <message>
        <source>undone action redone</source>
        <translation>action annulée rétablie</translation>
    </message>
    <message>
        <source>requirement undone</source>
        <translation>exigence annulée</translation>
    </message>
    <message>
        <source>revision undone</source>
        <translation>révision annulée</translation>
    </message>
    <message>
        <source>source undone</source>
        <translation>source annulée</translation>
    </message>
    <message>
        <source>vendor undone</source>
        <translation>fournisseur annulé</translation>
    </message>
    <message>
        <source>bid undone</source>
        <translation>offre annulée</translation>
    </message>
    <message>
        <source>answer undone</source>
        <translation>réponse annulée</translation>
    </message>
    <message>
        <source>criteria undone</source>
        <translation>critères annulés</translation>
    </message>
    <message>
        <source>assessment undone</source>
        <translation>évaluation annulée</translation>
    </message>
    <message>
        <source>decision undone</source>
        <translation>décision annulée</translation>
    </message>
    <message>
        <source>claim undone</source>
        <translation>affirmation annulée</translation>
    </message>
    <message>
        <source>imported from %1: %2 requirements, %3 revisions, %4 vendors, %5 bids, %6 answers</source>
        <translation>importé depuis %1&#xa0;: %2 exigence(s), %3 révision(s), %4 fournisseur(s), %5 offre(s), %6 réponse(s)</translation>
    </message>
    <message>
        <source>%1, in place of the retracted one (was: %2)</source>
        <translation>%1, à la place de celui qui a été retiré (était&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (retracted by entry %2)</source>
        <translation>%1 (retiré par l&apos;entrée %2)</translation>
    </message>
    <message>
        <source>%1 answered %2 rev %3: %4</source>
        <translation>%1 a répondu à %2 rév. %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 rev %2 effective %3</source>
        <translation>%1 rév. %2 en vigueur le %3</translation>
    </message>
    <message>
        <source>schema %1 to %2</source>
        <translation>schéma %1 vers %2</translation>
    </message>
    <message>
        <source>%1 to %2 rev %3</source>
        <translation>%1 à %2 rév. %3</translation>
    </message>
    <message>
        <source>%1, was: %2</source>
        <translation>%1, était&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 rév. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>dossier created</source>
        <translation>dossier créé</translation>
    </message>
    <message>
        <source>dossier metadata changed</source>
        <translation>métadonnées du dossier modifiées</translation>
    </message>
    <message>
        <source>dossier metadata change undone</source>
        <translation>modification des métadonnées annulée</translation>
    </message>
    <message>
        <source>event recorded</source>
        <translation>événement enregistré</translation>
    </message>
    <message>
        <source>event changed</source>
        <translation>événement modifié</translation>
    </message>
    <message>
        <source>event removed</source>
        <translation>événement supprimé</translation>
    </message>
    <message>
        <source>event change undone</source>
        <translation>modification d&apos;événement annulée</translation>
    </message>
    <message>
        <source>bid status recorded</source>
        <translation>statut d&apos;offre enregistré</translation>
    </message>
    <message>
        <source>bid status undone</source>
        <translation>statut d&apos;offre annulé</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 le %3</translation>
    </message>
    <message>
        <source>requirement list imported</source>
        <translation>liste d&apos;exigences importée</translation>
    </message>
    <message>
        <source>answers imported</source>
        <translation>réponses importées</translation>
    </message>
    <message>
        <source>import undone</source>
        <translation>importation annulée</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 revised, %4 withdrawn, %5 restored, effective %6</source>
        <translation>%1&#xa0;: %2 ajoutées, %3 révisées, %4 retirées, %5 rétablies, avec prise d&apos;effet le %6</translation>
    </message>
    <message>
        <source>%1 (%2 revisions)</source>
        <translation>%1 (%2 révisions)</translation>
    </message>
    <message>
        <source>%1 despite the assessment (unacceptable: %2; not assessed: %3)</source>
        <translation>%1 malgré l&apos;évaluation (inacceptables&#xa0;: %2&#xa0;; non évalués&#xa0;: %3)</translation>
    </message>
    <message>
        <source>answers of bid %1 from %2: %3</source>
        <translation>réponses de l&apos;offre %1 depuis %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>hostreview::MainWindow</name>
    <message>
        <source>HostReview</source>
        <translation>HostReview</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open review file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;examen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open review file</source>
        <translation>Ouvrir un fichier d&apos;examen</translation>
    </message>
    <message>
        <source>Review files (*.db *.hostreview);;All files (*)</source>
        <translation>Fichiers d&apos;examen (*.db *.hostreview);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the review file</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;examen</translation>
    </message>
    <message>
        <source>Cannot read the review file</source>
        <translation>Impossible de lire le fichier d&apos;examen</translation>
    </message>
    <message>
        <source>%1 — HostReview</source>
        <translation>%1 — HostReview</translation>
    </message>
    <message>
        <source>Cannot load the dossier</source>
        <translation>Impossible de charger le dossier</translation>
    </message>
    <message>
        <source>%1 — %2 — HostReview</source>
        <translation>%1 — %2 — HostReview</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Vendors &amp; bids</source>
        <translation>Fournisseurs et offres</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Assessment &amp; decision</source>
        <translation>Évaluation et décision</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;New review file…</source>
        <translation>&amp;Nouveau fichier d&apos;examen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import dossier (JSON)…</source>
        <translation>&amp;Importer un dossier (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Export dossier (JSON)…</source>
        <translation>&amp;Exporter le dossier (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;requirement…</source>
        <translation>Ajouter une &amp;exigence…</translation>
    </message>
    <message>
        <source>New re&amp;vision of the selected requirement…</source>
        <translation>Nouvelle ré&amp;vision de l&apos;exigence sélectionnée…</translation>
    </message>
    <message>
        <source>Add &amp;source…</source>
        <translation>Ajouter une &amp;source…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About HostReview</source>
        <translation>À &amp;propos de HostReview</translation>
    </message>
    <message>
        <source>Open a review file (Ctrl+O), create one (Ctrl+N), or drop a review file or a dossier JSON file here.</source>
        <translation>Ouvrez un fichier d&apos;examen (Ctrl+O), créez-en un (Ctrl+N), ou déposez ici un fichier d&apos;examen ou le fichier JSON d&apos;un dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n dossier(s)</source>
        <translation>
            <numerusform>Fichier %1 ouvert&#xa0;: %n dossier</numerusform>
            <numerusform>Fichier %1 ouvert&#xa0;: %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the review file</source>
        <translation>Impossible de créer le fichier d&apos;examen</translation>
    </message>
    <message>
        <source>%1 already exists: open it, or choose another name.</source>
        <translation>%1 existe déjà&#xa0;: ouvrez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot import the dossier</source>
        <translation>Impossible d&apos;importer le dossier</translation>
    </message>
    <message>
        <source>Open or create a review file first: the dossier is imported into it.</source>
        <translation>Ouvrez ou créez d&apos;abord un fichier d&apos;examen&#xa0;: le dossier y est importé.</translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>Dossier %1 importé (%2)</translation>
    </message>
    <message>
        <source>Cannot export the dossier</source>
        <translation>Impossible d&apos;exporter le dossier</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Dossier %1 exporté vers %2</translation>
    </message>
    <message>
        <source>New review file</source>
        <translation>Nouveau fichier d&apos;examen</translation>
    </message>
    <message>
        <source>Review files (*.db *.hostreview)</source>
        <translation>Fichiers d&apos;examen (*.db *.hostreview)</translation>
    </message>
    <message>
        <source>Import dossier</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Dossier files (*.json);;All files (*)</source>
        <translation>Fichiers de dossier (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Dossier files (*.json)</source>
        <translation>Fichiers de dossier (*.json)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n requirement(s)</source>
        <translation>
            <numerusform>%1 — %n exigence</numerusform>
            <numerusform>%1 — %n exigences</numerusform>
        </translation>
    </message>
    <message>
        <source> (illustrative)</source>
        <translation> (illustratif)</translation>
    </message>
    <message>
        <source>The review file changed</source>
        <translation>Le fichier d&apos;examen a été modifié</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undone and saved: %1</source>
        <translation>Annulé et enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Impossible de lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>Journal d&apos;audit — %1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date et heure (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Every action on the file, in order. Nothing here is ever changed or deleted; an undo is an entry of its own.</source>
        <translation>Toutes les actions effectuées sur le fichier, dans l&apos;ordre. Rien n&apos;est jamais modifié ni supprimé ici&#xa0;; une annulation constitue une entrée à part entière.</translation>
    </message>
    <message>
        <source>About HostReview</source>
        <translation>À propos de HostReview</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HostReview %1&lt;/h3&gt;&lt;p&gt;Reviews authorisations to host sensitive data with a cloud provider: requirements and their history, bids, bias signals with their evidence and basis.&lt;/p&gt;&lt;p&gt;Every change is stored in the review file as it is made, with an audit trail that is never rewritten.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HostReview %1&lt;/h3&gt;&lt;p&gt;Examine les autorisations d&apos;héberger des données sensibles chez un fournisseur de cloud&#xa0;: les exigences et leur historique, les offres, les signaux de biais avec leurs éléments de preuve et leur fondement.&lt;/p&gt;&lt;p&gt;Chaque modification est enregistrée dans le fichier d&apos;examen au moment où elle est faite, avec un journal d&apos;audit qui n&apos;est jamais réécrit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export the &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Export the p&amp;ublic report (PDF)…</source>
        <translation>Exporter le rapport p&amp;ublic (PDF)…</translation>
    </message>
    <message>
        <source>Leaves out everything marked confidential, and says so on its cover</source>
        <translation>Exclut tout ce qui est marqué confidentiel, et le dit en page de garde</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the report…</source>
        <translation>A&amp;perçu avant impression du rapport…</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Impossible d&apos;écrire le rapport</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Impossible d&apos;imprimer le rapport</translation>
    </message>
    <message>
        <source>Au&amp;thor…</source>
        <translation>Au&amp;teur…</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make:</source>
        <translation>Votre nom, enregistré avec chaque modification que vous faites&#xa0;:</translation>
    </message>
    <message>
        <source>Changes are recorded as made by %1.</source>
        <translation>Les modifications sont enregistrées au nom de %1.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>New &amp;dossier…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Dossier &amp;details…</source>
        <translation>&amp;Détails du dossier…</translation>
    </message>
    <message>
        <source>Record an &amp;event…</source>
        <translation>Enregistrer un &amp;événement…</translation>
    </message>
    <message>
        <source>C&amp;hange an event…</source>
        <translation>&amp;Modifier un événement…</translation>
    </message>
    <message>
        <source>Remo&amp;ve an event…</source>
        <translation>Supprimer un é&amp;vénement…</translation>
    </message>
    <message>
        <source>Record a bid&apos;s s&amp;tatus (withdrawal, disqualification)…</source>
        <translation>Enregistrer le s&amp;tatut d&apos;une offre (retrait, disqualification)…</translation>
    </message>
    <message>
        <source>Import a requirement &amp;list (CSV)…</source>
        <translation>Importer une &amp;liste d&apos;exigences (CSV)…</translation>
    </message>
    <message>
        <source>Import a vendor&apos;s &amp;answers (CSV)…</source>
        <translation>Importer les &amp;réponses d&apos;un fournisseur (CSV)…</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Import a dossier (JSON)…</source>
        <translation>Importer un dossier (JSON)…</translation>
    </message>
    <message>
        <source>Cannot create the dossier</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Dossier %1 created</source>
        <translation>Dossier %1 créé</translation>
    </message>
    <message>
        <source>Cannot change the dossier&apos;s details</source>
        <translation>Impossible de modifier les détails du dossier</translation>
    </message>
    <message>
        <source>Cannot record the event</source>
        <translation>Impossible d&apos;enregistrer l&apos;événement</translation>
    </message>
    <message>
        <source>Cannot change the event</source>
        <translation>Impossible de modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Cannot remove the event</source>
        <translation>Impossible de supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Remove an event</source>
        <translation>Supprimer un événement</translation>
    </message>
    <message>
        <source>Change an event</source>
        <translation>Modifier un événement</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the bids</source>
        <translation>Impossible de lire les offres</translation>
    </message>
    <message>
        <source>Cannot record the bid&apos;s status</source>
        <translation>Impossible d&apos;enregistrer le statut de l&apos;offre</translation>
    </message>
    <message>
        <source>Cannot read the requirement list</source>
        <translation>Impossible de lire la liste d&apos;exigences</translation>
    </message>
    <message>
        <source>Cannot import the requirement list</source>
        <translation>Impossible d&apos;importer la liste d&apos;exigences</translation>
    </message>
    <message>
        <source>Cannot read the answers</source>
        <translation>Impossible de lire les réponses</translation>
    </message>
    <message>
        <source>Cannot import the answers</source>
        <translation>Impossible d&apos;importer les réponses</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a vendor&apos;s answers</source>
        <translation>Importer les réponses d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>Import a requirement list</source>
        <translation>Importer une liste d&apos;exigences</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation>Tableurs enregistrés en CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This review file holds no dossier yet. Create one and build the case step by step, or import a dossier from its JSON file.</source>
        <translation>Ce fichier de revue ne contient encore aucun dossier. Créez-en un et construisez le cas pas à pas, ou importez un dossier depuis son fichier JSON.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Lecture et vérification de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import a dossier</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>the import was cancelled: nothing was stored</source>
        <translation>l&apos;importation a été annulée&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was stored</source>
        <translation>Importation de %1 annulée&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Reading the bids and answers…</source>
        <translation>Lecture des offres et des réponses…</translation>
    </message>
    <message>
        <source>Open a dossier</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Loading the bids cancelled: showing the requirements</source>
        <translation>Chargement des offres annulé&#xa0;: affichage des exigences</translation>
    </message>
</context>
<context>
    <name>hostreview::Moment</name>
    <message>
        <source>date %1 is not a valid date</source>
        <translation>la date %1 n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: YYYY-MM-DD or an ISO 8601 date-time with an offset was expected</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: AAAA-MM-JJ ou une date-heure ISO 8601 avec décalage horaire était attendue</translation>
    </message>
    <message>
        <source>time in %1 is not a valid time</source>
        <translation>l&apos;heure de %1 n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <source>offset in %1 is not a valid UTC offset</source>
        <translation>le décalage de %1 n&apos;est pas un décalage UTC valide</translation>
    </message>
</context>
<context>
    <name>hostreview::OverviewView</name>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Illustrative dossier: not a real case</source>
        <translation>Dossier illustratif&#xa0;: il ne s&apos;agit pas d&apos;un cas réel</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>Consultation opened</source>
        <translation>Ouverture de la consultation</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>Date limite de remise des offres</translation>
    </message>
    <message>
        <source>Deadline extended (announced %1)</source>
        <translation>Date limite reportée (report annoncé le %1)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>Decision published</source>
        <translation>Publication de la décision</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Requirement revisions</source>
        <translation>Révisions d&apos;exigences</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>The signal analysis is not available: %1</source>
        <translation>L&apos;analyse des signaux n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bias index: %1 / 100</source>
        <translation>Indice de biais&#xa0;: %1 / 100</translation>
    </message>
    <message>
        <source>Bias index: not computed, no signal could be evaluated</source>
        <translation>Indice de biais&#xa0;: non calculé, aucun signal n&apos;a pu être évalué</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) fired</source>
        <translation>
            <numerusform>%n signal déclenché</numerusform>
            <numerusform>%n signaux déclenchés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 signal codes evaluated.</source>
        <translation>%1 codes de signal évalués sur %2.</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Décomposition</translation>
    </message>
    <message>
        <source>No evaluated signal fired.</source>
        <translation>Aucun des signaux évalués n&apos;a été déclenché.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Weight of the codes that fired: %1 out of %2 for the codes evaluated (high 3, medium 2, low 1).</source>
        <translation>Poids des codes déclenchés&#xa0;: %1 sur %2 pour l&apos;ensemble des codes évalués (gravité élevée 3, moyenne 2, faible 1).</translation>
    </message>
    <message>
        <source>Strongest signals</source>
        <translation>Signaux les plus graves</translation>
    </message>
    <message>
        <source>No signal fired.</source>
        <translation>Aucun signal déclenché.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message numerus="yes">
        <source>%n more signal(s) not shown here.</source>
        <translation>
            <numerusform>%n autre signal non affiché ici.</numerusform>
            <numerusform>%n autres signaux non affichés ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>no criteria yet</source>
        <translation>pas encore de critères</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s): %1</source>
        <translation>
            <numerusform>%n critère&#xa0;: %1</numerusform>
            <numerusform>%n critères&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contradicted by the evidence</source>
        <translation>
            <numerusform>%n contredite par les éléments de preuve</numerusform>
            <numerusform>%n contredites par les éléments de preuve</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims of the decision</source>
        <translation>Affirmations de la décision</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>hostreview::ReportWriter</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Requirement changes</source>
        <translation>Modifications d&apos;exigences</translation>
    </message>
    <message>
        <source>Compliance at the final deadline</source>
        <translation>Conformité à la date limite finale</translation>
    </message>
    <message>
        <source>Assessment and decision</source>
        <translation>Évaluation et décision</translation>
    </message>
    <message>
        <source>Claims check</source>
        <translation>Vérification des affirmations</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Timeline and competition funnel</source>
        <translation>Chronologie et entonnoir de la concurrence</translation>
    </message>
    <message>
        <source>HostReview — review report</source>
        <translation>HostReview — rapport d&apos;examen</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Demandeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Rapport du %1</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DOSSIER — a reconstruction for demonstration, not a record of real documents</source>
        <translation>DOSSIER ILLUSTRATIF — une reconstitution pour la démonstration, non un relevé de documents réels</translation>
    </message>
    <message>
        <source>Public edition: everything marked confidential (sources, bid prices, answers&apos; evidence) is left out.</source>
        <translation>Édition publique&#xa0;: tout ce qui est marqué confidentiel (sources, prix des offres, éléments de preuve des réponses) en est exclu.</translation>
    </message>
    <message>
        <source>Full edition: contains material marked confidential. Do not publish.</source>
        <translation>Édition complète&#xa0;: contient des éléments marqués confidentiels. Ne pas publier.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message numerus="yes">
        <source>Bias index: %1 / 100, %n signal(s).</source>
        <translation>
            <numerusform>Indice de biais&#xa0;: %1 / 100, %n signal.</numerusform>
            <numerusform>Indice de biais&#xa0;: %1 / 100, %n signaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each code weighs 3 if high, 2 if medium, 1 if low; the index is the share of the weight of the codes evaluated that fired. A signal is a question with its evidence, not a proof.</source>
        <translation>Chaque code pèse 3 si sa gravité est élevée, 2 si elle est moyenne, 1 si elle est faible&#xa0;; l&apos;indice est la part du poids des codes évalués qui revient aux codes déclenchés. Un signal est une question accompagnée de ses éléments de preuve, et non une preuve.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>déclenché</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>non déclenché</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Éléments de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Fondement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (missing: %2)</source>
        <translation>%1 (il manque %2)</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Couverture&#xa0;:</translation>
    </message>
    <message>
        <source>every signal of the catalogue was evaluated.</source>
        <translation>tous les signaux du catalogue ont été évalués.</translation>
    </message>
    <message>
        <source>%1 rev %2 — %3, effective %4</source>
        <translation>%1 rév. %2 — %3, en vigueur à partir du %4</translation>
    </message>
    <message>
        <source>Significant: %1</source>
        <translation>Modification substantielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No requirement changed after its first revision.</source>
        <translation>Aucune exigence n&apos;a été modifiée après sa première révision.</translation>
    </message>
    <message>
        <source>As of %1. ✓ full, ◐ partial, ✗ none, ↻ stale, · no answer; * mandatory.</source>
        <translation>À la date du %1. ✓ conforme, ◐ partielle, ✗ non conforme, ↻ périmée, · sans réponse&#xa0;; * obligatoire.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No assessment recorded.</source>
        <translation>Aucune évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Selected vendor: %1</source>
        <translation>Fournisseur retenu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Duration: %n month(s)</source>
        <translation>
            <numerusform>Durée&#xa0;: %n mois</numerusform>
            <numerusform>Durée&#xa0;: %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>The decision makes no claim.</source>
        <translation>La décision ne contient aucune affirmation.</translation>
    </message>
    <message>
        <source>Claim %1 (%2)</source>
        <translation>Affirmation %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential source(s) left out of this public edition.</source>
        <translation>
            <numerusform>%n source confidentielle exclue de cette édition publique.</numerusform>
            <numerusform>%n sources confidentielles exclues de cette édition publique.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>HostReview — %1%2</source>
        <translation>HostReview — %1%2</translation>
    </message>
    <message>
        <source> — public edition</source>
        <translation> — édition publique</translation>
    </message>
    <message>
        <source> — confidential</source>
        <translation> — confidentiel</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>impossible de finaliser %1</translation>
    </message>
    <message>
        <source>Bids at the final deadline (%1):</source>
        <translation>Offres à la date limite finale (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hostreview::RequirementList</name>
    <message>
        <source>the file is empty: a requirement list starts with a header line</source>
        <translation>le fichier est vide&#xa0;: une liste d&apos;exigences commence par une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>the column %1 appears twice (&quot;%2&quot;)</source>
        <translation>la colonne %1 apparaît deux fois (« %2 »)</translation>
    </message>
    <message>
        <source>the header has no %1 column (expected: id, category, title, text, mandatory, weight; in French: identifiant, catégorie, titre, texte, obligatoire, poids)</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne %1 (attendues&#xa0;: identifiant, catégorie, titre, texte, obligatoire, poids&#xa0;; en anglais&#xa0;: id, category, title, text, mandatory, weight)</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>l&apos;identifiant est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1 to 64 of A–Z a–z 0–9 . _ : -)</source>
        <translation>« %1 » n&apos;est pas un identifiant valide (1 à 64 caractères parmi A–Z a–z 0–9 . _&#xa0;: -)</translation>
    </message>
    <message>
        <source>requirement %1 is already on line %2</source>
        <translation>l&apos;exigence %1 figure déjà ligne %2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (one of: %2)</source>
        <translation>catégorie « %1 » inconnue (valeurs admises&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (yes, no, oui, non, true, false, 1, 0)</source>
        <translation>« %1 » n&apos;est ni oui ni non (oui, non, yes, no, true, false, 1, 0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (a weight is written 2, 2.5 or 2,5)</source>
        <translation>« %1 » n&apos;est pas un nombre (un poids s&apos;écrit 2, 2,5 ou 2.5)</translation>
    </message>
    <message>
        <source>the weight %1 is negative (weights are 0 or more)</source>
        <translation>le poids %1 est négatif (les poids valent 0 ou plus)</translation>
    </message>
    <message>
        <source>requirement %1: its rev %2 takes effect on %3, after %4: effective dates never go back</source>
        <translation>exigence %1&#xa0;: sa rév. %2 prend effet le %3, après le %4&#xa0;: les dates de prise d&apos;effet ne reculent jamais</translation>
    </message>
    <message>
        <source>%1 (line %2): the title &quot;%3&quot; differs from the recorded &quot;%4&quot;; titles have no history, the recorded one is kept</source>
        <translation>%1 (ligne %2)&#xa0;: le titre « %3 » diffère du titre enregistré « %4 »&#xa0;; les titres n&apos;ont pas d&apos;historique, celui enregistré est conservé</translation>
    </message>
    <message>
        <source>%1 (line %2): the category %3 differs from the recorded %4; categories have no history, the recorded one is kept</source>
        <translation>%1 (ligne %2)&#xa0;: la catégorie %3 diffère de la catégorie enregistrée %4&#xa0;; les catégories n&apos;ont pas d&apos;historique, celle enregistrée est conservée</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <source>added %1%2</source>
        <translation>ajoutée %1%2</translation>
    </message>
    <message>
        <source>restored %1%2: rev %3, after its withdrawal in rev %4</source>
        <translation>rétablie %1%2&#xa0;: rév. %3, après son retrait en rév. %4</translation>
    </message>
    <message>
        <source>withdrawn %1: rev %2 (no longer in the list)</source>
        <translation>retirée %1&#xa0;: rév. %2 (n&apos;est plus dans la liste)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>now mandatory</source>
        <translation>désormais obligatoire</translation>
    </message>
    <message>
        <source>no longer mandatory</source>
        <translation>n&apos;est plus obligatoire</translation>
    </message>
    <message>
        <source>weight %1 → %2</source>
        <translation>poids %1 → %2</translation>
    </message>
    <message>
        <source>revised %1%2: rev %3 (%4)</source>
        <translation>révisée %1%2&#xa0;: rév. %3 (%4)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revised</source>
        <translation>
            <numerusform>%n révisée</numerusform>
            <numerusform>%n révisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <translation>
            <numerusform>%n rétablie</numerusform>
            <numerusform>%n rétablies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>the list has a header but no requirement: importing it would withdraw every requirement</source>
        <translation>la liste a un en-tête mais aucune exigence&#xa0;: l&apos;importer retirerait toutes les exigences</translation>
    </message>
</context>
<context>
    <name>hostreview::RequirementListDialog</name>
    <message>
        <source>Record the changes</source>
        <translation>Enregistrer les changements</translation>
    </message>
    <message>
        <source>Import a requirement list</source>
        <translation>Importer une liste d&apos;exigences</translation>
    </message>
    <message>
        <source>Why the list changed (e.g. Amendment 1)</source>
        <translation>Pourquoi la liste a changé (p. ex. Avenant 1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, &quot;%3&quot; between fields</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne, %2, « %3 » entre les champs</numerusform>
            <numerusform>%1&#xa0;: %n lignes, %2, « %3 » entre les champs</numerusform>
        </translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Columns ignored:</source>
        <translation>Colonnes ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>Prise d&apos;&amp;effet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Changements&#xa0;:</translation>
    </message>
    <message>
        <source>Effective date: %1</source>
        <translation>Date de prise d&apos;effet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to record: every requirement is as recorded.</source>
        <translation>Rien à enregistrer&#xa0;: chaque exigence est telle qu&apos;enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded today, these changes will show as entered %n day(s) after they took effect.</source>
        <translation>
            <numerusform>Enregistrés aujourd&apos;hui, ces changements apparaîtront comme saisis %n jour après leur prise d&apos;effet.</numerusform>
            <numerusform>Enregistrés aujourd&apos;hui, ces changements apparaîtront comme saisis %n jours après leur prise d&apos;effet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::RequirementTableModel</name>
    <message>
        <source>Not yet issued</source>
        <translation>Pas encore émise</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>hostreview::RequirementsView</name>
    <message>
        <source>Filter by id, title or text</source>
        <translation>Filtrer par identifiant, titre ou texte</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Changed during the consultation</source>
        <translation>Modifiées pendant la consultation</translation>
    </message>
    <message>
        <source>A revision after the first, effective from the opening to the final deadline</source>
        <translation>Une révision postérieure à la première, prenant effet entre l&apos;ouverture et la date limite finale</translation>
    </message>
    <message>
        <source>Changed late</source>
        <translation>Modifiées tardivement</translation>
    </message>
    <message>
        <source>Requirements with a LATE_CHANGE signal: changed too close to the deadline</source>
        <translation>Exigences visées par un signal LATE_CHANGE&#xa0;: modifiées trop près de la date limite</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>À la date du&#xa0;:</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière version</translation>
    </message>
    <message>
        <source>Show every revision, whatever its date</source>
        <translation>Afficher toutes les révisions, quelle que soit leur date</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Compare rev</source>
        <translation>Comparer la rév.</translation>
    </message>
    <message>
        <source>with rev</source>
        <translation>avec la rév.</translation>
    </message>
    <message>
        <source>Add requirement…</source>
        <translation>Ajouter une exigence…</translation>
    </message>
    <message>
        <source>New revision…</source>
        <translation>Nouvelle révision…</translation>
    </message>
    <message>
        <source>Cannot analyse the dossier</source>
        <translation>Impossible d&apos;analyser le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requirement(s)</source>
        <translation>
            <numerusform>%1 sur %n exigence</numerusform>
            <numerusform>%1 sur %n exigences</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a requirement</source>
        <translation>Sélectionnez une exigence</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not yet issued on %1: its first revision is effective on %2.</source>
        <translation>Pas encore émise le %1&#xa0;: sa première révision prend effet le %2.</translation>
    </message>
    <message>
        <source>In force on %1: rev %2, effective %3</source>
        <translation>En vigueur le %1&#xa0;: rév. %2, applicable à partir du %3</translation>
    </message>
    <message>
        <source>Latest: rev %1, effective %2</source>
        <translation>Dernière version&#xa0;: rév. %1, applicable à partir du %2</translation>
    </message>
    <message>
        <source>%1 · %2 · weight %3 · %4</source>
        <translation>%1 · %2 · pondération %3 · %4</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>optional → mandatory</source>
        <translation>facultative → obligatoire</translation>
    </message>
    <message>
        <source>mandatory → optional</source>
        <translation>obligatoire → facultative</translation>
    </message>
    <message>
        <source>weight %1 → %2</source>
        <translation>pondération %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Rev %1 (%2) → rev %3 (%4): %n word(s) inserted</source>
        <translation>
            <numerusform>Rév. %1 (%2) → rév. %3 (%4)&#xa0;: %n mot inséré</numerusform>
            <numerusform>Rév. %1 (%2) → rév. %3 (%4)&#xa0;: %n mots insérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n deleted</source>
        <translation>
            <numerusform>, %n supprimé</numerusform>
            <numerusform>, %n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>&#xa0;; %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot add the requirement</source>
        <translation>Impossible d&apos;ajouter l&apos;exigence</translation>
    </message>
    <message>
        <source>Cannot record the revision</source>
        <translation>Impossible d&apos;enregistrer la révision</translation>
    </message>
</context>
<context>
    <name>hostreview::ReviewFile</name>
    <message>
        <source>no such review file</source>
        <translation>fichier d&apos;examen introuvable</translation>
    </message>
    <message>
        <source>cannot create the review file: %1</source>
        <translation>impossible de créer le fichier d&apos;examen&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a HostReview review file (not an SQLite database)</source>
        <translation>ce n&apos;est pas un fichier d&apos;examen HostReview (ce n&apos;est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>the review file is damaged (truncated header)</source>
        <translation>le fichier d&apos;examen est endommagé (en-tête tronqué)</translation>
    </message>
    <message>
        <source>cannot open the review file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier d&apos;examen&#xa0;: %1</translation>
    </message>
    <message>
        <source>the review file is damaged: %1</source>
        <translation>le fichier d&apos;examen est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a HostReview review file (another application&apos;s SQLite database)</source>
        <translation>ce n&apos;est pas un fichier d&apos;examen HostReview (base de données SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <source>this review file was written by a newer HostReview (schema %1; this version reads up to %2); it was left untouched</source>
        <translation>ce fichier d&apos;examen a été écrit par une version plus récente de HostReview (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>cannot switch the review file to WAL mode (journal mode is %1)</source>
        <translation>impossible de passer le fichier d&apos;examen en mode WAL (le mode de journalisation est %1)</translation>
    </message>
    <message>
        <source>cannot enable foreign keys</source>
        <translation>impossible d&apos;activer les clés étrangères</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>échec de la migration vers le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no dossier with id %1 in this review file</source>
        <translation>aucun dossier d&apos;identifiant %1 dans ce fichier d&apos;examen</translation>
    </message>
    <message>
        <source>a dossier with id %1 is already in this review file; history is never overwritten (import it into another file, or give it another id)</source>
        <translation>un dossier d&apos;identifiant %1 figure déjà dans ce fichier d&apos;examen&#xa0;; l&apos;historique n&apos;est jamais écrasé (importez-le dans un autre fichier ou attribuez-lui un autre identifiant)</translation>
    </message>
    <message>
        <source>rev %1 of requirement %2 does not exist</source>
        <translation>la rév. %1 de l&apos;exigence %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>a requirement needs at least one revision</source>
        <translation>une exigence doit comporter au moins une révision</translation>
    </message>
    <message>
        <source>cannot add requirement %1: %2</source>
        <translation>impossible d&apos;ajouter l&apos;exigence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no requirement %1 in dossier %2</source>
        <translation>aucune exigence %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>rev %1 follows rev %2 (rev %3 expected)</source>
        <translation>la rév. %1 suit la rév. %2 (rév. %3 attendue)</translation>
    </message>
    <message>
        <source>a revision needs an effective date</source>
        <translation>une révision doit avoir une date de prise d&apos;effet</translation>
    </message>
    <message>
        <source>effective_at %1 is earlier than rev %2&apos;s %3: effective dates never decrease</source>
        <translation>effective_at %1 est antérieur à celui de la rév. %2 (%3)&#xa0;: les dates de prise d&apos;effet ne peuvent jamais diminuer</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ne doit pas être négatif</translation>
    </message>
    <message>
        <source>unknown source id %1</source>
        <translation>identifiant de source %1 inconnu</translation>
    </message>
    <message>
        <source>no bid %1 in dossier %2</source>
        <translation>aucune offre %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>migration left a broken reference in table %1</source>
        <translation>la migration a laissé une référence rompue dans la table %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1 to 64 characters from A-Z a-z 0-9 . _ : -)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide (1 à 64 caractères parmi A-Z a-z 0-9 . _ : -)</translation>
    </message>
    <message>
        <source>requirement %1 already exists in dossier %2</source>
        <translation>l&apos;exigence %1 existe déjà dans le dossier %2</translation>
    </message>
    <message>
        <source>source %1 already exists in dossier %2</source>
        <translation>la source %1 existe déjà dans le dossier %2</translation>
    </message>
    <message>
        <source>no source %1 in dossier %2</source>
        <translation>aucune source %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>a source needs a title</source>
        <translation>une source doit avoir un titre</translation>
    </message>
    <message>
        <source>rev %1 of requirement %2 is not its latest revision (rev %3 is): only the latest can be undone</source>
        <translation>la rév. %1 de l&apos;exigence %2 n&apos;est pas sa dernière révision (c&apos;est la rév. %3)&#xa0;: seule la dernière peut être annulée</translation>
    </message>
    <message>
        <source>rev %1 of requirement %2 has been answered: it cannot be undone</source>
        <translation>la rév. %1 de l&apos;exigence %2 a déjà reçu une réponse&#xa0;: elle ne peut pas être annulée</translation>
    </message>
    <message numerus="yes">
        <source>source %1 is cited %n time(s): it cannot be removed</source>
        <translation>
            <numerusform>la source %1 est citée %n fois&#xa0;: elle ne peut pas être supprimée</numerusform>
            <numerusform>la source %1 est citée %n fois&#xa0;: elle ne peut pas être supprimée</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1 of the audit trail is not a retraction in dossier %2</source>
        <translation>l&apos;entrée %1 du journal d&apos;audit n&apos;est pas un retrait dans le dossier %2</translation>
    </message>
    <message>
        <source>cannot bring back %1: %2</source>
        <translation>impossible de rétablir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a vendor needs a name</source>
        <translation>un fournisseur doit avoir un nom</translation>
    </message>
    <message>
        <source>vendor %1 already exists in dossier %2</source>
        <translation>le fournisseur %1 existe déjà dans le dossier %2</translation>
    </message>
    <message>
        <source>a bid needs its submission date</source>
        <translation>une offre doit avoir une date de remise</translation>
    </message>
    <message>
        <source>a price must not be negative</source>
        <translation>un prix ne doit pas être négatif</translation>
    </message>
    <message>
        <source>unknown vendor id %1</source>
        <translation>identifiant de fournisseur %1 inconnu</translation>
    </message>
    <message>
        <source>bid %1 already exists in dossier %2</source>
        <translation>l&apos;offre %1 existe déjà dans le dossier %2</translation>
    </message>
    <message>
        <source>bid %1 has answers: undo them first</source>
        <translation>l&apos;offre %1 a des réponses&#xa0;: annulez-les d&apos;abord</translation>
    </message>
    <message>
        <source>the latest answer of bid %1 is not its answer to %2 rev %3: only the latest can be undone</source>
        <translation>la dernière réponse de l&apos;offre %1 n&apos;est pas sa réponse à %2 rév. %3&#xa0;: seule la dernière peut être annulée</translation>
    </message>
    <message>
        <source>no vendor %1 in dossier %2</source>
        <translation>aucun fournisseur %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>every criterion of %1 is already in dossier %2</source>
        <translation>tous les critères de %1 figurent déjà dans le dossier %2</translation>
    </message>
    <message>
        <source>no criterion %1 in dossier %2</source>
        <translation>aucun critère %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>criterion %1 has been assessed: undo the assessment first</source>
        <translation>le critère %1 a été évalué&#xa0;: annulez d&apos;abord l&apos;évaluation</translation>
    </message>
    <message>
        <source>no criterion to retract</source>
        <translation>aucun critère à retirer</translation>
    </message>
    <message>
        <source>criterion %1 has no recorded assessment in dossier %2</source>
        <translation>le critère %1 n&apos;a aucune évaluation enregistrée dans le dossier %2</translation>
    </message>
    <message>
        <source>the duration must be at least one month</source>
        <translation>la durée doit être d&apos;au moins un mois</translation>
    </message>
    <message>
        <source>the decision cannot be published before it is taken</source>
        <translation>la décision ne peut pas être publiée avant d&apos;avoir été prise</translation>
    </message>
    <message>
        <source>no recorded decision to take back in dossier %1</source>
        <translation>aucune décision enregistrée à annuler dans le dossier %1</translation>
    </message>
    <message>
        <source>a claim needs its text</source>
        <translation>une affirmation doit avoir un texte</translation>
    </message>
    <message>
        <source>claim %1 already exists in dossier %2</source>
        <translation>l&apos;affirmation %1 existe déjà dans le dossier %2</translation>
    </message>
    <message>
        <source>no claim %1 in dossier %2</source>
        <translation>aucune affirmation %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>%1 cannot come back: it refers to something taken back since</source>
        <translation>%1 ne peut pas revenir&#xa0;: il renvoie à un élément retiré depuis</translation>
    </message>
    <message>
        <source>entry %1 of the audit trail took nothing that is still retracted</source>
        <translation>l&apos;entrée %1 du journal d&apos;audit n&apos;a rien retiré qui le soit encore</translation>
    </message>
    <message>
        <source>vendor %1 has bids or is selected by a decision: undo them first</source>
        <translation>le fournisseur %1 a des offres ou est retenu par une décision&#xa0;: annulez-les d&apos;abord</translation>
    </message>
    <message>
        <source>the review file is inconsistent: a revision of an unknown requirement</source>
        <translation>le fichier de revue est incohérent&#xa0;: une révision d&apos;une exigence inconnue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>a weight must be a finite number</source>
        <translation>un poids doit être un nombre fini</translation>
    </message>
    <message>
        <source>cannot bring back %1: a revision recorded since has taken its number</source>
        <translation>impossible de rétablir %1&#xa0;: une révision enregistrée depuis a pris son numéro</translation>
    </message>
    <message>
        <source>a price must be a finite number</source>
        <translation>un prix doit être un nombre fini</translation>
    </message>
    <message>
        <source>the review file is read-only and was written by an older HostReview (schema %1): copy it to a folder you can write to, and open the copy</source>
        <translation>le fichier de revue est en lecture seule et a été écrit par une version antérieure de HostReview (schéma %1)&#xa0;: copiez-le dans un dossier où vous pouvez écrire, et ouvrez la copie</translation>
    </message>
    <message>
        <source>the review file is read-only (its file, folder or disk cannot be written): nothing was changed</source>
        <translation>le fichier de revue est en lecture seule (son fichier, son dossier ou son disque ne peut pas être modifié)&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>status_at %1 is earlier than submitted_at %2: a bid takes a status on or after its submission</source>
        <translation>status_at %1 est antérieur à submitted_at %2&#xa0;: une offre prend un statut le jour de sa remise ou après</translation>
    </message>
    <message>
        <source>the review file is busy: another program kept it locked for 10 seconds; nothing was changed, try again</source>
        <translation>le fichier de revue est occupé&#xa0;: un autre programme l&apos;a verrouillé pendant 10 secondes&#xa0;; rien n&apos;a été modifié, réessayez</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed</source>
        <translation>le disque est plein&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>une date est requise</translation>
    </message>
    <message>
        <source>%1 must be a number, not negative</source>
        <translation>%1 doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>unknown %1 id %2</source>
        <translation>identifiant %1 inconnu %2</translation>
    </message>
    <message>
        <source>the time zone of dossier %1 cannot change once it holds dates (its events, requirements, bids or dated sources take their calendar day from it): %2 stays</source>
        <translation>le fuseau horaire du dossier %1 ne peut plus changer une fois qu&apos;il contient des dates (ses événements, exigences, offres ou sources datées en tirent leur jour)&#xa0;: %2 est conservé</translation>
    </message>
    <message>
        <source>nothing to change in dossier %1</source>
        <translation>rien à modifier dans le dossier %1</translation>
    </message>
    <message>
        <source>dossier %1 has no change of its metadata to undo</source>
        <translation>le dossier %1 n&apos;a aucune modification de ses métadonnées à annuler</translation>
    </message>
    <message>
        <source>no event %1 in dossier %2</source>
        <translation>aucun événement %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>event %1 already exists in dossier %2 (change it with --edit)</source>
        <translation>l&apos;événement %1 existe déjà dans le dossier %2 (modifiez-le avec --edit)</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing to change in event %1</source>
        <translation>rien à modifier dans l&apos;événement %1</translation>
    </message>
    <message>
        <source>event %1 has no change to undo</source>
        <translation>l&apos;événement %1 n&apos;a aucune modification à annuler</translation>
    </message>
    <message>
        <source>a bid that is %1 needs the date it became so</source>
        <translation>une offre au statut %1 doit avoir la date à laquelle elle l&apos;a pris</translation>
    </message>
    <message>
        <source>bid %1 has no status recorded to undo</source>
        <translation>l&apos;offre %1 n&apos;a aucun statut enregistré à annuler</translation>
    </message>
    <message>
        <source>criteria stand against an authorisation (unacceptable: %1; not assessed: %2): it is recorded only knowingly, despite the assessment</source>
        <translation>des critères s&apos;opposent à une autorisation (inacceptables&#xa0;: %1&#xa0;; non évalués&#xa0;: %2)&#xa0;: elle n&apos;est enregistrée qu&apos;en connaissance de cause, malgré l&apos;évaluation</translation>
    </message>
    <message>
        <source>no revision to undo</source>
        <translation>aucune révision à annuler</translation>
    </message>
    <message>
        <source>rev %1 of requirement %2 is no longer its latest revision: the import cannot be undone</source>
        <translation>la rév. %1 de l&apos;exigence %2 n&apos;est plus sa dernière révision&#xa0;: l&apos;importation ne peut pas être annulée</translation>
    </message>
    <message>
        <source>no answer to record</source>
        <translation>aucune réponse à enregistrer</translation>
    </message>
    <message>
        <source>no answer to undo</source>
        <translation>aucune réponse à annuler</translation>
    </message>
    <message>
        <source>bid %1 has answered since %2: the import cannot be undone</source>
        <translation>l&apos;offre %1 a répondu depuis %2&#xa0;: l&apos;importation ne peut pas être annulée</translation>
    </message>
    <message>
        <source>Storing the dossier</source>
        <translation>Enregistrement du dossier</translation>
    </message>
    <message>
        <source>the import was cancelled: nothing was stored</source>
        <translation>l&apos;importation a été annulée&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>bid %1 has answered %2 since the sheet was compared: compare it again</source>
        <translation>l&apos;offre %1 a répondu à %2 depuis la comparaison de la feuille&#xa0;: comparez-la de nouveau</translation>
    </message>
</context>
<context>
    <name>hostreview::RevisionDialog</name>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Ajouter une exigence</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Ti&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <source>New revision of %1</source>
        <translation>Nouvelle révision de l&apos;exigence %1</translation>
    </message>
    <message>
        <source>2023-12-04 or 2023-12-04T17:00:00+01:00</source>
        <translation>2023-12-04 ou 2023-12-04T17:00:00+01:00</translation>
    </message>
    <message>
        <source>Why the requirement changes</source>
        <translation>Motif de la modification de l&apos;exigence</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Pondération&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>Prise d&apos;&amp;effet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Requirement %1 already exists.</source>
        <translation>L&apos;exigence %1 existe déjà.</translation>
    </message>
    <message>
        <source>Effective date: %1</source>
        <translation>Date de prise d&apos;effet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::RevisionHistoryModel</name>
    <message>
        <source>In force on the chosen day</source>
        <translation>En vigueur à la date choisie</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Prise d&apos;effet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>hostreview::SafeFile</name>
    <message>
        <source>write failed: %1</source>
        <translation>échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not save: %1</source>
        <translation>échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier donné</translation>
    </message>
    <message>
        <source>this is a folder, not a file: choose a file name</source>
        <translation>c&apos;est un dossier, pas un fichier&#xa0;: choisissez un nom de fichier</translation>
    </message>
    <message>
        <source>this is not a regular file (a device, a pipe or a socket): HostReview writes only regular files</source>
        <translation>ce n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket)&#xa0;: HostReview n&apos;écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write in its folder: %1</source>
        <translation>impossible d&apos;écrire dans son dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot make a temporary file beside it</source>
        <translation>impossible de créer un fichier temporaire à côté</translation>
    </message>
    <message>
        <source>nothing could be written</source>
        <translation>rien n&apos;a pu être écrit</translation>
    </message>
    <message>
        <source>could not save: the file was not written whole (is the disk full?)</source>
        <translation>enregistrement impossible&#xa0;: le fichier n&apos;a pas été écrit en entier (le disque est-il plein&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>hostreview::ScoreTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Mandatory met</source>
        <translation>Exigences obligatoires satisfaites</translation>
    </message>
</context>
<context>
    <name>hostreview::SignalCatalogue</name>
    <message>
        <source>Short response window</source>
        <translation>Délai de réponse court</translation>
    </message>
    <message>
        <source>Directive 2014/24/EU arts. 27–28; French CCP R2161-2; OCDS Cardinal R003 (15 days)</source>
        <translation>directive 2014/24/UE, art. 27–28&#xa0;; CCP, art. R2161-2&#xa0;; OCDS Cardinal R003 (15 jours)</translation>
    </message>
    <message>
        <source>Late change</source>
        <translation>Modification tardive</translation>
    </message>
    <message>
        <source>Directive 2014/24/EU art. 47(3); Prozorro 7-day rule</source>
        <translation>directive 2014/24/UE, art. 47(3)&#xa0;; règle des 7 jours de Prozorro</translation>
    </message>
    <message>
        <source>Deadline not extended after a significant change</source>
        <translation>Date limite non prolongée après une modification substantielle</translation>
    </message>
    <message>
        <source>Directive 2014/24/EU art. 47(3)(b); eForms irregularity noex-timl</source>
        <translation>directive 2014/24/UE, art. 47(3)(b)&#xa0;; irrégularité eForms noex-timl</translation>
    </message>
    <message>
        <source>Change after a bid was submitted</source>
        <translation>Modification après la remise d&apos;une offre</translation>
    </message>
    <message>
        <source>Prozorro: bids are invalidated by a change of conditions</source>
        <translation>Prozorro&#xa0;: une modification des conditions invalide les offres</translation>
    </message>
    <message>
        <source>Change after the deadline</source>
        <translation>Modification après la date limite</translation>
    </message>
    <message>
        <source>eForms irregularity mod-inco</source>
        <translation>irrégularité eForms mod-inco</translation>
    </message>
    <message>
        <source>Specification churn</source>
        <translation>Modifications répétées du cahier des charges</translation>
    </message>
    <message>
        <source>GTI corruption risk index, &quot;call for bids modified&quot;</source>
        <translation>indice de risque de corruption du GTI, «&#xa0;appel d&apos;offres modifié&#xa0;»</translation>
    </message>
    <message>
        <source>Requirement added after the opening</source>
        <translation>Exigence ajoutée après l&apos;ouverture</translation>
    </message>
    <message>
        <source>eForms change notices (BT-718)</source>
        <translation>avis de modification eForms (BT-718)</translation>
    </message>
    <message>
        <source>Unexplained change</source>
        <translation>Modification non justifiée</translation>
    </message>
    <message>
        <source>eForms BT-140/BT-762 (reason for change)</source>
        <translation>eForms BT-140/BT-762 (motif de la modification)</translation>
    </message>
    <message>
        <source>Brand name without &quot;or equivalent&quot;</source>
        <translation>Mention de marque sans «&#xa0;ou équivalent&#xa0;»</translation>
    </message>
    <message>
        <source>Directive 2014/24/EU art. 42(4); French CCP R2111-7</source>
        <translation>directive 2014/24/UE, art. 42(4)&#xa0;; CCP, art. R2111-7</translation>
    </message>
    <message>
        <source>Change tailored to the selected vendor</source>
        <translation>Modification taillée sur mesure pour le fournisseur retenu</translation>
    </message>
    <message>
        <source>OLAF / IACRC &quot;specifications tailored to one provider&quot;</source>
        <translation>OLAF / IACRC, «&#xa0;spécifications taillées sur mesure pour un prestataire&#xa0;»</translation>
    </message>
    <message>
        <source>Only the selected vendor complies</source>
        <translation>Seul le fournisseur retenu est conforme</translation>
    </message>
    <message>
        <source>OCP red flags, tailored specifications</source>
        <translation>signaux d&apos;alerte de l&apos;OCP, spécifications taillées sur mesure</translation>
    </message>
    <message>
        <source>Single bid</source>
        <translation>Offre unique</translation>
    </message>
    <message>
        <source>OCDS Cardinal R018</source>
        <translation>OCDS Cardinal R018</translation>
    </message>
    <message>
        <source>Few bids</source>
        <translation>Peu d&apos;offres</translation>
    </message>
    <message>
        <source>redflags.eu</source>
        <translation>redflags.eu</translation>
    </message>
    <message>
        <source>Every other bid disqualified</source>
        <translation>Toutes les autres offres écartées</translation>
    </message>
    <message>
        <source>OCDS Cardinal R035</source>
        <translation>OCDS Cardinal R035</translation>
    </message>
    <message>
        <source>No open procedure</source>
        <translation>Absence de procédure ouverte</translation>
    </message>
    <message>
        <source>Opentender &quot;no call for tenders&quot;; OCP R010</source>
        <translation>Opentender, «&#xa0;pas d&apos;appel d&apos;offres&#xa0;»&#xa0;; OCP R010</translation>
    </message>
    <message>
        <source>Rushed decision</source>
        <translation>Décision précipitée</translation>
    </message>
    <message>
        <source>GTI risk index, decision period</source>
        <translation>indice de risque du GTI, délai de décision</translation>
    </message>
    <message>
        <source>Late publication</source>
        <translation>Publication tardive</translation>
    </message>
    <message>
        <source>transparency practice</source>
        <translation>bonne pratique de transparence</translation>
    </message>
    <message>
        <source>Claim contradicted by the evidence</source>
        <translation>Affirmation contredite par les éléments de preuve</translation>
    </message>
    <message>
        <source>the decision&apos;s own statement</source>
        <translation>les termes mêmes de la décision</translation>
    </message>
    <message>
        <source>Selected vendor not compliant</source>
        <translation>Fournisseur retenu non conforme</translation>
    </message>
    <message>
        <source>OCP R056</source>
        <translation>OCP R056</translation>
    </message>
    <message>
        <source>Exposure to extraterritorial law</source>
        <translation>Exposition à un droit extraterritorial</translation>
    </message>
    <message>
        <source>CJEU C-311/18 (Schrems II); SecNumCloud 3.2 §19.6</source>
        <translation>CJUE, C-311/18 (Schrems II)&#xa0;; SecNumCloud 3.2, §&#xa0;19.6</translation>
    </message>
    <message>
        <source>Missing certification</source>
        <translation>Certification manquante</translation>
    </message>
    <message>
        <source>the dossier&apos;s own requirements (e.g. HDS)</source>
        <translation>les exigences propres au dossier (p. ex. HDS)</translation>
    </message>
    <message>
        <source>Authorised despite an unacceptable criterion</source>
        <translation>Autorisation malgré un critère jugé inacceptable</translation>
    </message>
    <message>
        <source>the reviewer&apos;s own assessment</source>
        <translation>l&apos;évaluation propre de l&apos;examinateur</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
</context>
<context>
    <name>hostreview::SignalEngine</name>
    <message>
        <source>requirement added</source>
        <translation>exigence ajoutée</translation>
    </message>
    <message>
        <source>optional → mandatory</source>
        <translation>facultative → obligatoire</translation>
    </message>
    <message>
        <source>withdrawn → active</source>
        <translation>retirée → active</translation>
    </message>
    <message>
        <source>weight raised from %1 to %2</source>
        <translation>pondération relevée de %1 à %2</translation>
    </message>
    <message>
        <source>a number in the text changed</source>
        <translation>un nombre du texte a changé</translation>
    </message>
    <message numerus="yes">
        <source>The response window was %n day(s) (%1 to %2), under the %3-day minimum for the procedure &quot;%4&quot;.</source>
        <translation>
            <numerusform>Le délai de réponse a été de %n jour (du %1 au %2), en deçà du minimum de %3 jours prévu pour la procédure «&#xa0;%4&#xa0;».</numerusform>
            <numerusform>Le délai de réponse a été de %n jours (du %1 au %2), en deçà du minimum de %3 jours prévu pour la procédure «&#xa0;%4&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>It is also shorter than the %1 days an open procedure would require (a benchmark where the procedure has no statutory minimum).</source>
        <translation>Il est également inférieur aux %1 jours qu&apos;exigerait une procédure ouverte (valeur de référence retenue lorsque la procédure n&apos;a pas de minimum légal).</translation>
    </message>
    <message numerus="yes">
        <source>rev %1 on %2, %n day(s) before the deadline then in force (%3)</source>
        <translation>
            <numerusform>rév. %1 du %2, %n jour avant la date limite alors en vigueur (%3)</numerusform>
            <numerusform>rév. %1 du %2, %n jours avant la date limite alors en vigueur (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed late: %2. Threshold: fewer than %3 days (the larger of %4 days and %5 of the %6-day window).</source>
        <translation>L&apos;exigence %1 a été modifiée tardivement&#xa0;: %2. Seuil&#xa0;: moins de %3 jours (la plus grande des deux valeurs entre %4 jours et %5 fois le délai de %6 jours).</translation>
    </message>
    <message numerus="yes">
        <source>rev %1 on %2 (%3) left %n day(s) until %4</source>
        <translation>
            <numerusform>la rév. %1 du %2 (%3) laissait %n jour jusqu&apos;au %4</numerusform>
            <numerusform>la rév. %1 du %2 (%3) laissait %n jours jusqu&apos;au %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed significantly: %2; no later extension gave bidders %3 days.</source>
        <translation>L&apos;exigence %1 a fait l&apos;objet d&apos;une modification substantielle&#xa0;: %2&#xa0;; aucune prolongation ultérieure n&apos;a accordé %3 jours aux soumissionnaires.</translation>
    </message>
    <message>
        <source>%1 rev %2 on %3 (the bid&apos;s answer is to rev %4)</source>
        <translation>%1 rév. %2 du %3 (la réponse de l&apos;offre porte sur la rév. %4)</translation>
    </message>
    <message>
        <source>Bid %1 (%2), submitted %3, answered revisions that changed afterwards and were not answered again by the final deadline (%4): %5.</source>
        <translation>L&apos;offre %1 (%2), remise le %3, répondait à des révisions modifiées par la suite et n&apos;y a pas répondu de nouveau avant la date limite finale (%4)&#xa0;: %5.</translation>
    </message>
    <message>
        <source>rev %1 on %2</source>
        <translation>rév. %1 du %2</translation>
    </message>
    <message>
        <source>%1 changed after the final deadline (%2): %3.</source>
        <translation>L&apos;exigence %1 a été modifiée après la date limite finale (%2)&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n time(s) during the response window (%2).</source>
        <translation>
            <numerusform>L&apos;exigence %1 a été modifiée %n fois pendant la période de réponse (%2).</numerusform>
            <numerusform>L&apos;exigence %1 a été modifiée %n fois pendant la période de réponse (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requirements (%3%) changed during the response window (%4 to %5); the threshold is %6%.</source>
        <translation>Exigences modifiées pendant la période de réponse (du %4 au %5)&#xa0;: %1 sur %2 (%3&#xa0;%)&#xa0;; le seuil est de %6&#xa0;%.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was added on %2, %n day(s) after the consultation opened (%3).</source>
        <translation>
            <numerusform>L&apos;exigence %1 a été ajoutée le %2, %n jour après l&apos;ouverture de la consultation (%3).</numerusform>
            <numerusform>L&apos;exigence %1 a été ajoutée le %2, %n jours après l&apos;ouverture de la consultation (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed without a stated reason: %2.</source>
        <translation>L&apos;exigence %1 a été modifiée sans motif déclaré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The text in force of %1 (rev %2) names %3 without &quot;or equivalent&quot;.</source>
        <translation>Le texte en vigueur de l&apos;exigence %1 (rév. %2) mentionne %3 sans «&#xa0;ou équivalent&#xa0;».</translation>
    </message>
    <message>
        <source>rev %1 (%2): %3 went from full on rev %4 to %5, while %6 is full</source>
        <translation>rév. %1 (%2)&#xa0;: %3 est passé d&apos;une conformité totale («&#xa0;full&#xa0;») à la rév. %4 à «&#xa0;%5&#xa0;», alors que %6 est en conformité totale</translation>
    </message>
    <message>
        <source>%1: a change turned another vendor&apos;s full compliance into less, while the selected vendor complies: %2.</source>
        <translation>Exigence %1&#xa0;: une modification a dégradé la conformité totale d&apos;un autre fournisseur, alors que le fournisseur retenu est conforme&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>At the final deadline (%1), %2 is the only bidder compliant with mandatory requirement %3 (rev %4), out of %n bid(s).</source>
        <translation>
            <numerusform>À la date limite finale (%1), %2 est le seul soumissionnaire conforme à l&apos;exigence obligatoire %3 (rév. %4), sur %n offre.</numerusform>
            <numerusform>À la date limite finale (%1), %2 est le seul soumissionnaire conforme à l&apos;exigence obligatoire %3 (rév. %4), sur %n offres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one bid was received (and not withdrawn): %1 from %2.</source>
        <translation>Une seule offre a été reçue (et non retirée)&#xa0;: %1, remise par %2.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n bid(s) not withdrawn, fewer than %1.</source>
        <translation>
            <numerusform>Seulement %n offre non retirée, soit moins de %1.</numerusform>
            <numerusform>Seulement %n offres non retirées, soit moins de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every bid other than the selected vendor&apos;s was disqualified: %1.</source>
        <translation>Toutes les offres autres que celle du fournisseur retenu ont été écartées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The provider was chosen without a call for competition (procedure &quot;%1&quot;).</source>
        <translation>Le prestataire a été choisi sans mise en concurrence (procédure «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>The decision (%1) came %n day(s) before the final deadline (%2).</source>
        <translation>
            <numerusform>La décision (%1) est intervenue %n jour avant la date limite finale (%2).</numerusform>
            <numerusform>La décision (%1) est intervenue %n jours avant la date limite finale (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The decision (%1) came %n day(s) after the final deadline (%2), under the %3 days set for evaluating the bids.</source>
        <translation>
            <numerusform>La décision (%1) est intervenue %n jour après la date limite finale (%2), en deçà des %3 jours prévus pour l&apos;évaluation des offres.</numerusform>
            <numerusform>La décision (%1) est intervenue %n jours après la date limite finale (%2), en deçà des %3 jours prévus pour l&apos;évaluation des offres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The decision of %1 was published on %2, %n day(s) later (more than %3).</source>
        <translation>
            <numerusform>La décision du %1 a été publiée le %2, %n jour plus tard (soit plus de %3).</numerusform>
            <numerusform>La décision du %1 a été publiée le %2, %n jours plus tard (soit plus de %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim %1 says there was no alternative offer, but the file holds %n other bid(s) not withdrawn: %2.</source>
        <translation>
            <numerusform>L&apos;affirmation %1 indique qu&apos;il n&apos;existait pas d&apos;autre offre, mais le dossier contient %n autre offre non retirée&#xa0;: %2.</numerusform>
            <numerusform>L&apos;affirmation %1 indique qu&apos;il n&apos;existait pas d&apos;autre offre, mais le dossier contient %n autres offres non retirées&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 says no alternative was compliant, but at the final deadline (%2) %3 complied with every mandatory requirement in force.</source>
        <translation>L&apos;affirmation %1 indique qu&apos;aucune autre offre n&apos;était conforme, mais à la date limite finale (%2), toutes les exigences obligatoires en vigueur étaient satisfaites par&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>a stale answer (to rev %1)</source>
        <translation>une réponse périmée (à la rév. %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>At the final deadline (%1), the selected vendor %2 gave %3 for mandatory requirement %4 (rev %5 in force).</source>
        <translation>À la date limite finale (%1), pour l&apos;exigence obligatoire %4 (rév. %5 en vigueur), le fournisseur retenu %2 présentait&#xa0;: %3.</translation>
    </message>
    <message>
        <source>the vendor is established in %1</source>
        <translation>le fournisseur est établi dans le pays %1</translation>
    </message>
    <message>
        <source>its parent %1 is established in %2</source>
        <translation>sa maison mère (%1) est établie dans le pays %2</translation>
    </message>
    <message>
        <source>company</source>
        <translation>non nommée</translation>
    </message>
    <message>
        <source>%1 will host %2 data, and %3: exposed to %4.</source>
        <translation>%1 hébergera des données de sensibilité «&#xa0;%2&#xa0;», et %3&#xa0;: exposition à %4.</translation>
    </message>
    <message>
        <source>On the day of the decision (%1), %2 did not hold a valid %3 certification required by the dossier.</source>
        <translation>Le jour de la décision (%1), %2 ne détenait pas de certification %3 valide, alors que le dossier l&apos;exigeait.</translation>
    </message>
    <message numerus="yes">
        <source>The outcome is &quot;%1&quot; although the assessment rates %n criterion(s) unacceptable: %2.</source>
        <translation>
            <numerusform>L&apos;issue est «&#xa0;%1&#xa0;» alors que l&apos;évaluation juge %n critère inacceptable&#xa0;: %2.</numerusform>
            <numerusform>L&apos;issue est «&#xa0;%1&#xa0;» alors que l&apos;évaluation juge %n critères inacceptables&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>rev %1 on %2 (%3) came on the day of the deadline then in force</source>
        <translation>rév. %1 du %2 (%3) intervenue le jour même de la date limite alors en vigueur</translation>
    </message>
    <message numerus="yes">
        <source>rev %1 on %2 (%3) came %n day(s) after the deadline then in force (%4)</source>
        <translation>
            <numerusform>rév. %1 du %2 (%3) intervenue %n jour après la date limite alors en vigueur (%4)</numerusform>
            <numerusform>rév. %1 du %2 (%3) intervenue %n jours après la date limite alors en vigueur (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::SignalsView</name>
    <message>
        <source>Coverage: the signals that could not be evaluated, and what was missing</source>
        <translation>Couverture&#xa0;: les signaux qui n&apos;ont pas pu être évalués, et ce qui manquait</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message numerus="yes">
        <source>Bias index: %1 / 100 — %n signal(s)</source>
        <translation>
            <numerusform>Indice de biais&#xa0;: %1 / 100 — %n signal</numerusform>
            <numerusform>Indice de biais&#xa0;: %1 / 100 — %n signaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Bias index: not computed, no signal could be evaluated</source>
        <translation>Indice de biais&#xa0;: non calculé, aucun signal n&apos;a pu être évalué</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Fired (weight)</source>
        <translation>Déclenché (poids)</translation>
    </message>
    <message>
        <source>Clear (weight)</source>
        <translation>Non déclenché (poids)</translation>
    </message>
    <message>
        <source>Breakdown of the bias index (weight: high 3, medium 2, low 1)</source>
        <translation>Décomposition de l&apos;indice de biais (poids&#xa0;: gravité élevée 3, moyenne 2, faible 1)</translation>
    </message>
    <message>
        <source>Every signal of the catalogue was evaluated.</source>
        <translation>Tous les signaux du catalogue ont été évalués.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Count only what existed on that day (shared with the matrix and the timeline)</source>
        <translation>Ne compter que ce qui existait ce jour-là (date partagée avec la matrice et la chronologie)</translation>
    </message>
    <message>
        <source>%1 — not evaluated, missing: %2</source>
        <translation>%1 — non évalué, il manque&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hostreview::SourceDialog</name>
    <message>
        <source>&amp;Confidential (not to be quoted outside the review)</source>
        <translation>&amp;Confidentielle (à ne pas citer en dehors de l&apos;examen)</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>e.g. S-CNIL-2023</source>
        <translation>p. ex. S-CNIL-2023</translation>
    </message>
    <message>
        <source>1 to 64 characters from A-Z a-z 0-9 . _ : -</source>
        <translation>1 à 64 caractères parmi A-Z a-z 0-9 . _ : -</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>A date such as 2023-11-28, or a date and time with its offset such as 2023-11-28T17:00:00+01:00.</source>
        <translation>Une date telle que 2023-11-28, ou une date et une heure avec leur décalage horaire, telles que 2023-11-28T17:00:00+01:00.</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Édit&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>E&amp;xtrait&#xa0;:</translation>
    </message>
    <message>
        <source>Enter an id for the source.</source>
        <translation>Saisissez un identifiant pour la source.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to 64 characters from A-Z a-z 0-9 . _ : -</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide&#xa0;: utilisez 1 à 64 caractères parmi A-Z a-z 0-9 . _ : -</translation>
    </message>
    <message>
        <source>Another source already has the id %1.</source>
        <translation>Une autre source porte déjà l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Saisissez un titre.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>The URL must be a valid web address starting with http:// or https://.</source>
        <translation>L&apos;URL doit être une adresse web valide commençant par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>hostreview::SourceTableModel</name>
    <message>
        <source>Requirement %1, rev %2</source>
        <translation>Exigence %1, rév. %2</translation>
    </message>
    <message>
        <source>Event %1 (%2)</source>
        <translation>Événement %1 (%2)</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Affirmation %1</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(confidentielle)</translation>
    </message>
    <message>
        <source>Not cited</source>
        <translation>Non citée</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>Citée par&#xa0;:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citée par</translation>
    </message>
</context>
<context>
    <name>hostreview::SourcesView</name>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Modifier la source…</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Open the selected source&apos;s web address in your browser</source>
        <translation>Ouvrir l&apos;adresse web de la source sélectionnée dans votre navigateur</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Select a source to see it in full.</source>
        <translation>Sélectionnez une source pour l&apos;afficher en entier.</translation>
    </message>
    <message>
        <source>Cannot add the source</source>
        <translation>Impossible d&apos;ajouter la source</translation>
    </message>
    <message>
        <source>The dossier was closed.</source>
        <translation>Le dossier a été fermé.</translation>
    </message>
    <message>
        <source>Cannot change the source</source>
        <translation>Impossible de modifier la source</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Impossible d&apos;ouvrir le lien</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Aucun navigateur n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Confidential: not to be quoted outside the review.</source>
        <translation>Confidentielle&#xa0;: à ne pas citer en dehors de l&apos;examen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentielle</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>No excerpt.</source>
        <translation>Aucun extrait.</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citée par</translation>
    </message>
    <message>
        <source>Nothing in the dossier cites this source.</source>
        <translation>Aucun élément du dossier ne cite cette source.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::Timeline</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Bid %1 (%2)</source>
        <translation>Offre %1 (%2)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decision published</source>
        <translation>Publication de la décision</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 rév. %2</translation>
    </message>
    <message>
        <source> (significant: %1)</source>
        <translation> (modification substantielle&#xa0;: %1)</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>hostreview::TimelineView</name>
    <message>
        <source>Click a day of the timeline to list what happened.</source>
        <translation>Cliquez sur un jour de la chronologie pour afficher la liste de ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Requirement changes day by day</source>
        <translation>Modifications d&apos;exigences jour après jour</translation>
    </message>
    <message>
        <source>Significant changes</source>
        <translation>Modifications substantielles</translation>
    </message>
    <message>
        <source>Minor changes</source>
        <translation>Modifications mineures</translation>
    </message>
    <message>
        <source>Changes that day</source>
        <translation>Modifications du jour</translation>
    </message>
    <message>
        <source>Changes so far</source>
        <translation>Modifications cumulées</translation>
    </message>
    <message>
        <source>Response window</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Dernier quart</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Competition funnel: vendors compliant with every mandatory requirement in force</source>
        <translation>Entonnoir de la concurrence&#xa0;: fournisseurs conformes à toutes les exigences obligatoires en vigueur</translation>
    </message>
    <message>
        <source>Compliant vendors</source>
        <translation>Fournisseurs conformes</translation>
    </message>
    <message>
        <source>%1 — activate a change to open the requirement</source>
        <translation>%1 — double-cliquez sur une modification pour ouvrir l&apos;exigence</translation>
    </message>
    <message>
        <source>%1 rev %2 — %3</source>
        <translation>%1 rév. %2 — %3</translation>
    </message>
    <message>
        <source>significant: %1</source>
        <translation>modification substantielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing recorded that day.</source>
        <translation>Rien n&apos;a été enregistré ce jour-là.</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Impossible d&apos;exporter le graphique</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export the timeline (SVG, PNG)…</source>
        <translation>Exporter la chronologie (SVG, PNG)…</translation>
    </message>
    <message>
        <source>Export the funnel (SVG, PNG)…</source>
        <translation>Exporter l&apos;entonnoir (SVG, PNG)…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;PNG images (*.png)</source>
        <translation>Dessins SVG (*.svg);;Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Size in pixels (width × height):</source>
        <translation>Taille en pixels (largeur × hauteur)&#xa0;:</translation>
    </message>
    <message>
        <source>Write the size as 1600 × 900 (200 to 10,000 pixels).</source>
        <translation>Écrivez la taille sous la forme 1600 × 900 (de 200 à 10&#xa0;000 pixels).</translation>
    </message>
    <message>
        <source>Requirement changes day by day: nothing to draw, the dossier has no dated event, revision or bid</source>
        <translation>Modifications d&apos;exigences jour après jour&#xa0;: rien à tracer, le dossier n&apos;a ni événement, ni révision, ni offre datés</translation>
    </message>
    <message>
        <source>Competition funnel: nothing to draw, it needs the consultation&apos;s opening and a deadline</source>
        <translation>Entonnoir de la concurrence&#xa0;: rien à tracer, il faut l&apos;ouverture de la consultation et une date limite</translation>
    </message>
    <message>
        <source>Mandatory requirements met, by vendor</source>
        <translation>Exigences obligatoires satisfaites, par fournisseur</translation>
    </message>
    <message>
        <source>Vendors compliant</source>
        <translation>Fournisseurs conformes</translation>
    </message>
</context>
<context>
    <name>hostreview::VendorDialog</name>
    <message>
        <source>Add vendor</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>FR, IE, US…</source>
        <translation>FR, IE, US…</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>HDS until 2026-01-01; ISO 27001</source>
        <translation>HDS jusqu&apos;au 2026-01-01&#xa0;; ISO 27001</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parent company:</source>
        <translation>&amp;Maison mère&#xa0;:</translation>
    </message>
    <message>
        <source>Parent&apos;s c&amp;ountry:</source>
        <translation>Pays de la mais&amp;on mère&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ertifications:</source>
        <translation>C&amp;ertifications&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor %1 already exists.</source>
        <translation>Le fournisseur %1 existe déjà.</translation>
    </message>
    <message>
        <source>A vendor needs a name.</source>
        <translation>Un fournisseur doit avoir un nom.</translation>
    </message>
    <message>
        <source>A country is a two-letter code (FR, IE, US).</source>
        <translation>Un pays s&apos;indique par un code de deux lettres (FR, IE, US).</translation>
    </message>
    <message>
        <source>Write certifications as &quot;HDS until 2026-01-01; ISO 27001&quot;.</source>
        <translation>Saisissez les certifications sous la forme «&#xa0;HDS jusqu&apos;au 2026-01-01&#xa0;; ISO 27001&#xa0;».</translation>
    </message>
</context>
<context>
    <name>hostreview::VendorPerspective</name>
    <message>
        <source>no vendor %1 in dossier %2</source>
        <translation>aucun fournisseur %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>%1 (%2) as of %3</source>
        <translation>%1 (%2) à la date du %3</translation>
    </message>
    <message numerus="yes">
        <source>Deadline in force: %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Date limite en vigueur&#xa0;: %1 (%n jour restant)</numerusform>
            <numerusform>Date limite en vigueur&#xa0;: %1 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline in force: %1 (passed)</source>
        <translation>Date limite en vigueur&#xa0;: %1 (dépassée)</translation>
    </message>
    <message numerus="yes">
        <source>Changed since you answered (%n):</source>
        <translation>
            <numerusform>Exigences modifiées depuis votre réponse (%n)&#xa0;:</numerusform>
            <numerusform>Exigences modifiées depuis votre réponse (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: you answered rev %2 (%3); rev %4 is in force since %5</source>
        <translation>  %1&#xa0;: vous avez répondu à la rév. %2 (%3)&#xa0;; la rév. %4 est en vigueur depuis le %5</translation>
    </message>
    <message numerus="yes">
        <source>To answer before the deadline (%n):</source>
        <translation>
            <numerusform>À répondre avant la date limite (%n)&#xa0;:</numerusform>
            <numerusform>À répondre avant la date limite (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 rev %2%3: %4</source>
        <translation>  %1 rév. %2%3&#xa0;: %4</translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>answer again</source>
        <translation>répondre à nouveau</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Your answers:</source>
        <translation>Vos réponses&#xa0;:</translation>
    </message>
    <message>
        <source> (rev %1, %2, bid %3)</source>
        <translation> (rév. %1, %2, offre %3)</translation>
    </message>
    <message>
        <source>No deadline in force on that day (none set, or the consultation is not open yet).</source>
        <translation>Aucune date limite en vigueur ce jour-là (aucune n&apos;est fixée, ou la consultation n&apos;est pas encore ouverte).</translation>
    </message>
    <message>
        <source>  %1: you answered rev %2 (%3); the requirement was withdrawn on %4 (rev %5)</source>
        <translation>  %1&#xa0;: vous avez répondu à la rév. %2 (%3)&#xa0;; l&apos;exigence a été retirée le %4 (rév. %5)</translation>
    </message>
</context>
<context>
    <name>hostreview::VendorsView</name>
    <message>
        <source>Export answers</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>À la date du&#xa0;:</translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation>Matrice de conformité</translation>
    </message>
    <message>
        <source>Vendor&apos;s perspective</source>
        <translation>Point de vue du fournisseur</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>I am vendor:</source>
        <translation>Je suis le fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Export my answers (CSV)…</source>
        <translation>Exporter mes réponses (CSV)…</translation>
    </message>
    <message>
        <source>Replay the matrix day by day, from the opening to the decision</source>
        <translation>Rejouer la matrice jour après jour, de l&apos;ouverture à la décision</translation>
    </message>
    <message>
        <source>Cannot read the bids</source>
        <translation>Impossible de lire les offres</translation>
    </message>
    <message numerus="yes">
        <source>deadline %1, %n day(s) left</source>
        <translation>
            <numerusform>date limite&#xa0;: %1, %n jour restant</numerusform>
            <numerusform>date limite&#xa0;: %1, %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline %1 passed</source>
        <translation>date limite&#xa0;: %1, dépassée</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Maison mère</translation>
    </message>
    <message>
        <source>Parent&apos;s country</source>
        <translation>Pays de la maison mère</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>Soumis à</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>none in the profile</source>
        <translation>aucune loi du profil</translation>
    </message>
    <message>
        <source>no bid</source>
        <translation>aucune offre</translation>
    </message>
    <message>
        <source>Select a cell to see the answer, its evidence and what changed since.</source>
        <translation>Sélectionnez une cellule pour voir la réponse, ses éléments de preuve et ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>rev %1 in force since %2%3</source>
        <translation>rév. %1 en vigueur depuis le %2%3</translation>
    </message>
    <message>
        <source>, mandatory</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <source>, optional</source>
        <translation>, facultative</translation>
    </message>
    <message>
        <source>No answer as of this day.</source>
        <translation>Aucune réponse à cette date.</translation>
    </message>
    <message>
        <source>Answered rev %1 on %2 in bid %3: %4</source>
        <translation>Réponse à la rév. %1 le %2 dans l&apos;offre %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Éléments de preuve&#xa0;:</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(confidentielle)</translation>
    </message>
    <message>
        <source>What changed from rev %1 to rev %2:</source>
        <translation>Ce qui a changé entre la rév. %1 et la rév. %2&#xa0;:</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 à la date du %2</translation>
    </message>
    <message numerus="yes">
        <source>Deadline in force: %1, %n day(s) left.</source>
        <translation>
            <numerusform>Date limite en vigueur&#xa0;: %1, %n jour restant.</numerusform>
            <numerusform>Date limite en vigueur&#xa0;: %1, %n jours restants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline in force: %1, passed.</source>
        <translation>Date limite en vigueur&#xa0;: %1, dépassée.</translation>
    </message>
    <message numerus="yes">
        <source>Changed since you answered (%n)</source>
        <translation>
            <numerusform>Exigences modifiées depuis votre réponse (%n)</numerusform>
            <numerusform>Exigences modifiées depuis votre réponse (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>You answered rev %1 (%2); rev %3 is in force since %4.</source>
        <translation>Vous avez répondu à la rév. %1 (%2)&#xa0;; la rév. %3 est en vigueur depuis le %4.</translation>
    </message>
    <message numerus="yes">
        <source>To answer before the deadline (%n)</source>
        <translation>
            <numerusform>À répondre avant la date limite (%n)</numerusform>
            <numerusform>À répondre avant la date limite (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rev %2%3: %4</source>
        <translation>%1 rév. %2%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>answer again</source>
        <translation>répondre à nouveau</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <source>rev %1, %2</source>
        <translation>rév. %1, %2</translation>
    </message>
    <message>
        <source>Cannot export the answers</source>
        <translation>Impossible d&apos;exporter les réponses</translation>
    </message>
    <message>
        <source>Add vendor…</source>
        <translation>Ajouter un fournisseur…</translation>
    </message>
    <message>
        <source>Add bid…</source>
        <translation>Ajouter une offre…</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Enregistrer une réponse…</translation>
    </message>
    <message>
        <source>Record an answer of a bid to a requirement (the selected cell&apos;s, by default)</source>
        <translation>Enregistrer la réponse d&apos;une offre à une exigence (par défaut, l&apos;offre et l&apos;exigence de la cellule sélectionnée)</translation>
    </message>
    <message>
        <source>Cannot add the vendor</source>
        <translation>Impossible d&apos;ajouter le fournisseur</translation>
    </message>
    <message>
        <source>Cannot add the bid</source>
        <translation>Impossible d&apos;ajouter l&apos;offre</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation>Impossible d&apos;enregistrer la réponse</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>You answered rev %1 (%2); the requirement was withdrawn on %3 (rev %4).</source>
        <translation>Vous avez répondu à la rév. %1 (%2)&#xa0;; l&apos;exigence a été retirée le %3 (rév. %4).</translation>
    </message>
</context>
<context>
    <name>hostreview::WordDiff</name>
    <message>
        <source>words: only spacing or character forms changed</source>
        <translation>mots&#xa0;: seuls des espaces ou des formes de caractères ont changé</translation>
    </message>
    <message>
        <source>words: %1</source>
        <translation>mots&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review authorisations to host sensitive data.</source>
        <translation>Examiner les autorisations d&apos;héberger des données sensibles.</translation>
    </message>
    <message>
        <source>A review file to open.</source>
        <translation>Fichier d&apos;examen à ouvrir.</translation>
    </message>
    <message>
        <source>Render a view to a PNG file and quit.</source>
        <translation>Enregistrer le rendu d&apos;une vue dans un fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>The dossier to show (default: the first).</source>
        <translation>Le dossier à afficher (par défaut&#xa0;: le premier).</translation>
    </message>
    <message>
        <source>The requirement to select in the requirements view (default: the most revised).</source>
        <translation>L&apos;exigence à sélectionner dans la vue des exigences (par défaut&#xa0;: la plus révisée).</translation>
    </message>
    <message>
        <source>The language: fr or en.</source>
        <translation>La langue&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>unknown language %1 (fr or en)</source>
        <translation>langue inconnue %1 (fr ou en)</translation>
    </message>
    <message>
        <source>%1: no such review file</source>
        <translation>%1&#xa0;: fichier d&apos;examen introuvable</translation>
    </message>
    <message>
        <source>no dossier %1 in %2</source>
        <translation>aucun dossier %1 dans %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Open the bundled demo dossiers (created on first use).</source>
        <translation>Ouvrir les dossiers de démonstration fournis (créés à la première utilisation).</translation>
    </message>
    <message>
        <source>The view to show: overview, requirements, vendors, timeline, signals, assessment, decision or sources.</source>
        <translation>La vue à afficher&#xa0;: overview, requirements, vendors, timeline, signals, assessment, decision ou sources.</translation>
    </message>
    <message>
        <source>unknown view %1 (overview, requirements, vendors, timeline, signals, assessment, decision or sources)</source>
        <translation>vue inconnue %1 (overview, requirements, vendors, timeline, signals, assessment, decision ou sources)</translation>
    </message>
</context>
</TS>
