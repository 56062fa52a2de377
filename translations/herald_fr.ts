<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CampaignRecoveryBanner</name>
    <message>
        <source>Interrupted campaigns</source>
        <translation>Campagnes interrompues</translation>
    </message>
    <message>
        <source>Campaigns to resume</source>
        <translation>Campagnes à reprendre</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume the chosen campaign</source>
        <translation>Reprendre la campagne choisie</translation>
    </message>
    <message>
        <source>Send to those not sent yet; the uncertain ones are not sent again.</source>
        <translation>Envoie le message aux destinataires qui ne l&apos;ont pas encore reçu&#xa0;; il n&apos;est pas renvoyé aux destinataires incertains.</translation>
    </message>
    <message>
        <source>Resume and resend &amp;uncertain</source>
        <translation>Reprendre et renvoyer aux &amp;incertains</translation>
    </message>
    <message>
        <source>Resume and resend uncertain</source>
        <translation>Reprendre et renvoyer aux incertains</translation>
    </message>
    <message>
        <source>Also send again to the uncertain recipients: some of them may get the message twice.</source>
        <translation>Renvoie aussi le message aux destinataires incertains&#xa0;: certains risquent de le recevoir deux fois.</translation>
    </message>
    <message>
        <source>&amp;List uncertain</source>
        <translation>&amp;Lister les incertains</translation>
    </message>
    <message>
        <source>List the uncertain recipients</source>
        <translation>Lister les destinataires incertains</translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation>L&amp;aisser en l&apos;état</translation>
    </message>
    <message>
        <source>Leave the campaigns as they are</source>
        <translation>Laisser les campagnes en l&apos;état</translation>
    </message>
    <message>
        <source>They stay paused; resume them later from the list.</source>
        <translation>Elles restent en pause&#xa0;; vous pourrez les reprendre plus tard depuis la liste.</translation>
    </message>
    <message>
        <source>Campaigns that stopped before they finished; choose one to resume it or leave it</source>
        <translation>Campagnes interrompues avant la fin&#xa0;; choisissez-en une pour la reprendre ou la laisser de côté</translation>
    </message>
    <message>
        <source>List the recipients whose message may or may not have arrived</source>
        <translation>Lister les destinataires dont on ne sait pas si le message est arrivé</translation>
    </message>
</context>
<context>
    <name>CampaignReportView</name>
    <message>
        <source>Campaign report</source>
        <translation>Rapport de la campagne</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Counts by state and error code</source>
        <translation>Décompte par état et par code d&apos;erreur</translation>
    </message>
    <message>
        <source>State / code</source>
        <translation>État / code</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients in state</source>
        <translation>Destinataires dans l&apos;état</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>Every recipient with state, code, message, activity id, time and correlation id.</source>
        <translation>Chaque destinataire avec son état, son code, son message, son ID d&apos;activité, l&apos;heure et son ID de corrélation.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Stop e&amp;xport</source>
        <translation>Arrêter l&apos;e&amp;xportation</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Arrêter l&apos;exportation</translation>
    </message>
    <message>
        <source>Stops writing the CSV file; no partial file is left.</source>
        <translation>Arrête l&apos;écriture du fichier CSV&#xa0;; aucun fichier partiel n&apos;est laissé.</translation>
    </message>
    <message>
        <source>How many recipients are in each state, and the error codes of those that failed</source>
        <translation>Le nombre de destinataires dans chaque état, et les codes d&apos;erreur des envois en échec</translation>
    </message>
    <message>
        <source>Show only the recipients in this state</source>
        <translation>N&apos;afficher que les destinataires dans cet état</translation>
    </message>
    <message>
        <source>Each recipient of the campaign with their state and the reason</source>
        <translation>Chaque destinataire de la campagne, avec son état et la raison</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Every campaign with its status and progress. Space pauses or resumes the selected one.</source>
        <translation>Toutes les campagnes avec leur état et leur progression. La touche Espace met en pause ou reprend la campagne sélectionnée.</translation>
    </message>
    <message>
        <source>Progress of the selected campaign</source>
        <translation>Progression de la campagne sélectionnée</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Suspendre l&apos;envoi</translation>
    </message>
    <message>
        <source>Stop sending new messages (Space).</source>
        <translation>Arrêter d&apos;envoyer de nouveaux messages (Espace).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reprendre l&apos;envoi</translation>
    </message>
    <message>
        <source>Go on sending (Space).</source>
        <translation>Continuer l&apos;envoi (Espace).</translation>
    </message>
    <message>
        <source>&amp;Cancel sending…</source>
        <translation>A&amp;nnuler l&apos;envoi…</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Annuler la campagne</translation>
    </message>
    <message>
        <source>Campaign being stored</source>
        <translation>Campagne en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Storing the campaign</source>
        <translation>Enregistrement de la campagne</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t send</source>
        <translation>Ne pas en&amp;voyer</translation>
    </message>
    <message>
        <source>Do not send the campaign being stored</source>
        <translation>Ne pas envoyer la campagne en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Stops before the first message: a campaign already stored is marked cancelled.</source>
        <translation>S&apos;arrête avant le premier message&#xa0;: une campagne déjà enregistrée est marquée comme annulée.</translation>
    </message>
    <message>
        <source>Stops the campaign: those still waiting will not get the message.</source>
        <translation>Arrête la campagne&#xa0;: les destinataires qui n&apos;ont pas encore reçu le message ne le recevront pas.</translation>
    </message>
    <message>
        <source>Resen&amp;d uncertain…</source>
        <translation>Ren&amp;voyer aux incertains…</translation>
    </message>
    <message>
        <source>Resend to the uncertain recipients</source>
        <translation>Renvoyer aux destinataires incertains</translation>
    </message>
    <message>
        <source>Send again to the recipients whose answer never came (they may get it twice).</source>
        <translation>Envoie à nouveau aux destinataires dont la réponse n&apos;est jamais arrivée (ils pourraient le recevoir deux fois).</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Message de bienvenue</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Adaptive Card (expert)</source>
        <translation>Carte adaptative (expert)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>Use the chosen template</source>
        <translation>Utiliser le modèle choisi</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>Actions sur les modèles</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>E.g. Welcome, {givenName}!</source>
        <translation>Ex.&#xa0;: Bienvenue {givenName}&#xa0;!</translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation>Impo&amp;rtance&#xa0;:</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Show in the activity &amp;feed</source>
        <translation>Afficher dans le &amp;flux d&apos;activité</translation>
    </message>
    <message>
        <source>Activity-feed alert</source>
        <translation>Alerte dans le flux d&apos;activité</translation>
    </message>
    <message>
        <source>@&amp;mention the recipient</source>
        <translation>@me&amp;ntionner le destinataire</translation>
    </message>
    <message>
        <source>Mention the recipient</source>
        <translation>Mentionner le destinataire</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>Ima&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Image link</source>
        <translation>Lien de l&apos;image</translation>
    </message>
    <message>
        <source>https://… (optional, shown beside the title)</source>
        <translation>https://… (facultatif, affichée à côté du titre)</translation>
    </message>
    <message>
        <source>&amp;Why they get it:</source>
        <translation>Pour&amp;quoi ils le reçoivent&#xa0;:</translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation>Pourquoi ils le reçoivent</translation>
    </message>
    <message>
        <source>Where the app was installed, and by whom. E.g. &quot;Contoso IT added Updates to the {teamName} team.&quot;</source>
        <translation>Où l&apos;application a été installée, et par qui. Ex.&#xa0;: «&#xa0;Contoso IT a ajouté Updates à l&apos;équipe {teamName}.&#xa0;»</translation>
    </message>
    <message>
        <source>What it &amp;offers:</source>
        <translation>Ce que l&apos;app&amp;lication apporte&#xa0;:</translation>
    </message>
    <message>
        <source>What the app offers</source>
        <translation>Ce que l&apos;application apporte</translation>
    </message>
    <message>
        <source>What the app does for them. Lists work: start lines with &quot;- &quot;.</source>
        <translation>Ce que l&apos;application fait pour eux. Les listes sont prises en charge&#xa0;: commencez les lignes par «&#xa0;-&#xa0;» (un tiret suivi d&apos;une espace).</translation>
    </message>
    <message>
        <source>What to do &amp;next:</source>
        <translation>Que faire en&amp;suite&#xa0;:</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>The first thing to do, e.g. &quot;Pin the app so you can find it again.&quot;</source>
        <translation>La première chose à faire, ex.&#xa0;: «&#xa0;Épinglez l&apos;application pour la retrouver facilement.&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Button:</source>
        <translation>&amp;Bouton&#xa0;:</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>Libellé du bouton</translation>
    </message>
    <message>
        <source>Label, e.g. Open announcements</source>
        <translation>Libellé, ex.&#xa0;: Ouvrir les annonces</translation>
    </message>
    <message>
        <source>Button link</source>
        <translation>Lien du bouton</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Ce qui s&apos;est pa&amp;ssé&#xa0;:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>E.g. &quot;Your expense report was approved.&quot;</source>
        <translation>Ex.&#xa0;: «&#xa0;Votre note de frais a été approuvée.&#xa0;»</translation>
    </message>
    <message>
        <source>E.g. Expense report EX-1042</source>
        <translation>Ex.&#xa0;: Note de frais EX-1042</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <source>Who &amp;did it:</source>
        <translation>Qui &amp;l&apos;a fait&#xa0;:</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Qui l&apos;a fait</translation>
    </message>
    <message>
        <source>E.g. Ana López (Finance)</source>
        <translation>Ex.&#xa0;: Ana López (Finances)</translation>
    </message>
    <message>
        <source>What they can d&amp;o:</source>
        <translation>Ce qu&apos;ils peu&amp;vent faire&#xa0;:</translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation>Ce qu&apos;ils peuvent faire</translation>
    </message>
    <message>
        <source>What they can do about it.</source>
        <translation>Ce qu&apos;ils peuvent faire à ce sujet.</translation>
    </message>
    <message>
        <source>Button &amp;1:</source>
        <translation>Bouton &amp;1&#xa0;:</translation>
    </message>
    <message>
        <source>Button 1 label</source>
        <translation>Libellé du bouton 1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Button 1 link</source>
        <translation>Lien du bouton 1</translation>
    </message>
    <message>
        <source>Button &amp;2:</source>
        <translation>Bouton &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>Button 2 label</source>
        <translation>Libellé du bouton 2</translation>
    </message>
    <message>
        <source>Button 2 link</source>
        <translation>Lien du bouton 2</translation>
    </message>
    <message>
        <source>Button &amp;3:</source>
        <translation>Bouton &amp;3&#xa0;:</translation>
    </message>
    <message>
        <source>Button 3 label</source>
        <translation>Libellé du bouton 3</translation>
    </message>
    <message>
        <source>Button 3 link</source>
        <translation>Lien du bouton 3</translation>
    </message>
    <message>
        <source>How to o&amp;pt out:</source>
        <translation>Comment se &amp;désabonner&#xa0;:</translation>
    </message>
    <message>
        <source>How to opt out</source>
        <translation>Comment se désabonner</translation>
    </message>
    <message>
        <source>E.g. &quot;To stop these, turn off Expense updates in your settings.&quot;</source>
        <translation>Ex.&#xa0;: «&#xa0;Pour ne plus les recevoir, désactivez Mises à jour des notes de frais dans vos paramètres.&#xa0;»</translation>
    </message>
    <message>
        <source>Adaptive &amp;Card (JSON, version 1.5 or lower):</source>
        <translation>Carte a&amp;daptative (JSON, version 1.5 ou antérieure)&#xa0;:</translation>
    </message>
    <message>
        <source>Adaptive Card JSON</source>
        <translation>JSON de la carte adaptative</translation>
    </message>
    <message>
        <source>Placeholders: {givenName}, {name}, {teamName}, {channelName}. Markdown: **bold**, _italic_, [link](https://…), lists.</source>
        <translation>Espaces réservés&#xa0;: {givenName}, {name}, {teamName}, {channelName}. Markdown&#xa0;: **gras**, _italique_, [lien](https://…), listes.</translation>
    </message>
    <message>
        <source>Teams&apos; checklist</source>
        <translation>Liste de contrôle de Teams</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>A&amp;perçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>Sample recipient</source>
        <translation>Destinataire d&apos;exemple</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Preview theme</source>
        <translation>Thème de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Preview and JSON</source>
        <translation>Aperçu et JSON</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Activity JSON</source>
        <translation>JSON de l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>&amp;Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the activity JSON</source>
        <translation>Copier le JSON de l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>New message started</source>
        <translation>Nouveau message commencé</translation>
    </message>
    <message>
        <source>A new message is started. The one you were writing is kept.</source>
        <translation>Un nouveau message a été commencé. Celui que vous rédigiez est conservé.</translation>
    </message>
    <message>
        <source>&amp;Restore previous draft</source>
        <translation>Ré&amp;cupérer le brouillon précédent</translation>
    </message>
    <message>
        <source>Restore the previous draft</source>
        <translation>Récupérer le brouillon précédent</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the note</source>
        <translation>Fermer la remarque</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>The card as the sample recipient will see it in Teams; arrow keys scroll it.</source>
        <translation>La carte telle que le destinataire d&apos;exemple la verra dans Teams&#xa0;; les touches fléchées la font défiler.</translation>
    </message>
    <message>
        <source>Brings back the message you were writing before New message; the new one becomes the previous draft.</source>
        <translation>Récupère le message que vous rédigiez avant «&#xa0;Nouveau message&#xa0;»&#xa0;; le nouveau message devient le brouillon précédent.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet concerné&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet concerné</translation>
    </message>
    <message>
        <source>Link to the subject</source>
        <translation>Lien vers l&apos;objet concerné</translation>
    </message>
    <message>
        <source>Hide the note about the previous draft</source>
        <translation>Masquer la remarque sur le brouillon précédent</translation>
    </message>
    <message>
        <source>A welcome message, a notification, or your own Adaptive Card</source>
        <translation>Un message de bienvenue, une notification ou votre propre carte adaptative</translation>
    </message>
    <message>
        <source>Built-in templates and your own; Use fills the form with the chosen one</source>
        <translation>Modèles intégrés et vos propres modèles&#xa0;; «&#xa0;Utiliser&#xa0;» remplit le formulaire avec celui choisi</translation>
    </message>
    <message>
        <source>Fill the form with the chosen template</source>
        <translation>Remplir le formulaire avec le modèle choisi</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export templates, or save the draft as a file</source>
        <translation>Enregistrer, renommer, supprimer, importer ou exporter des modèles, ou enregistrer le brouillon dans un fichier</translation>
    </message>
    <message>
        <source>The heading of the message; placeholders such as {givenName} are filled in for each recipient</source>
        <translation>Le titre du message&#xa0;; les espaces réservés comme {givenName} sont remplis pour chaque destinataire</translation>
    </message>
    <message>
        <source>Normal, high or urgent: how prominently Teams marks the message</source>
        <translation>Normale, haute ou urgente&#xa0;: la façon dont Teams met le message en évidence</translation>
    </message>
    <message>
        <source>Also notify each person in their Teams activity feed</source>
        <translation>Prévenir aussi chaque personne dans son flux d&apos;activité Teams</translation>
    </message>
    <message>
        <source>Start the message with an @mention of each recipient</source>
        <translation>Commencer le message par une @mention de chaque destinataire</translation>
    </message>
    <message>
        <source>Web address of a PNG, JPEG or GIF image shown beside the title (optional)</source>
        <translation>Adresse web d&apos;une image PNG, JPEG ou GIF affichée à côté du titre (facultatif)</translation>
    </message>
    <message>
        <source>Why they are receiving this message: where the app was installed, and by whom</source>
        <translation>Pourquoi la personne reçoit ce message&#xa0;: où l&apos;application a été installée, et par qui</translation>
    </message>
    <message>
        <source>What the app does for them; lines starting with &quot;- &quot; become a list</source>
        <translation>Ce que l&apos;application fait pour la personne&#xa0;; les lignes commençant par «&#xa0;- &#xa0;» deviennent une liste</translation>
    </message>
    <message>
        <source>The first thing the person should do</source>
        <translation>La première chose que la personne devrait faire</translation>
    </message>
    <message>
        <source>Text on the button that leads to the next step</source>
        <translation>Texte du bouton qui mène à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>The web address the next-step button opens</source>
        <translation>L&apos;adresse web qu&apos;ouvre le bouton de l&apos;étape suivante</translation>
    </message>
    <message>
        <source>The event this notification is about</source>
        <translation>L&apos;événement dont parle cette notification</translation>
    </message>
    <message>
        <source>What it happened to, such as a document or a request</source>
        <translation>Ce qui est concerné, par exemple un document ou une demande</translation>
    </message>
    <message>
        <source>A web address where the subject can be opened (optional)</source>
        <translation>Une adresse web où ouvrir l&apos;élément concerné (facultatif)</translation>
    </message>
    <message>
        <source>The person or team who did it</source>
        <translation>La personne ou l&apos;équipe qui en est à l&apos;origine</translation>
    </message>
    <message>
        <source>What the person can do about it</source>
        <translation>Ce que la personne peut faire à ce sujet</translation>
    </message>
    <message>
        <source>Text on the first button (optional)</source>
        <translation>Texte du premier bouton (facultatif)</translation>
    </message>
    <message>
        <source>The web address the first button opens</source>
        <translation>L&apos;adresse web qu&apos;ouvre le premier bouton</translation>
    </message>
    <message>
        <source>Text on the second button (optional)</source>
        <translation>Texte du deuxième bouton (facultatif)</translation>
    </message>
    <message>
        <source>The web address the second button opens</source>
        <translation>L&apos;adresse web qu&apos;ouvre le deuxième bouton</translation>
    </message>
    <message>
        <source>Text on the third button (optional)</source>
        <translation>Texte du troisième bouton (facultatif)</translation>
    </message>
    <message>
        <source>The web address the third button opens</source>
        <translation>L&apos;adresse web qu&apos;ouvre le troisième bouton</translation>
    </message>
    <message>
        <source>How the person can stop receiving these notifications</source>
        <translation>Comment la personne peut ne plus recevoir ces notifications</translation>
    </message>
    <message>
        <source>Your own Adaptive Card, version 1.5 or earlier, as JSON</source>
        <translation>Votre propre carte adaptative, en version 1.5 ou antérieure, au format JSON</translation>
    </message>
    <message>
        <source>What Teams&apos; guidance asks a message to say, and which points are still missing</source>
        <translation>Ce que les recommandations de Teams demandent à un message de dire, et les points qui manquent encore</translation>
    </message>
    <message>
        <source>Whose details fill the placeholders in the preview</source>
        <translation>La personne dont les informations remplissent les espaces réservés de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Show the preview in Teams&apos; light or dark theme</source>
        <translation>Afficher l&apos;aperçu dans le thème clair ou sombre de Teams</translation>
    </message>
    <message>
        <source>The card as Teams shows it, and the exact JSON that will be sent</source>
        <translation>La carte telle que Teams l&apos;affiche, et le JSON exact qui sera envoyé</translation>
    </message>
    <message>
        <source>The activity JSON Herald sends for the sample recipient (read-only)</source>
        <translation>Le JSON de l&apos;activité qu&apos;Herald envoie pour le destinataire d&apos;exemple (lecture seule)</translation>
    </message>
    <message>
        <source>Copy the activity JSON to the clipboard</source>
        <translation>Copier le JSON de l&apos;activité dans le presse-papiers</translation>
    </message>
    <message>
        <source>Check the audience, the recipient count and the time estimate, then send (Ctrl+Return)</source>
        <translation>Vérifier l&apos;audience, le nombre de destinataires et la durée estimée, puis envoyer (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Teams, channels and people the bot can reach</source>
        <translation>Équipes, canaux et personnes que le bot peut joindre</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import install events (.jsonl) or people (.csv) into the directory</source>
        <translation>Importer des événements d&apos;installation (.jsonl) ou des personnes (.csv) dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Refresh teams, channels and rosters from Teams</source>
        <translation>Actualiser les équipes, les canaux et les listes des membres depuis Teams</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, email or sign-in name (Ctrl+F)</source>
        <translation>Nom, e-mail ou nom de connexion (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Filters the people list as you type: part of a name, email or sign-in name</source>
        <translation>Filtre la liste des personnes au fil de la saisie&#xa0;: une partie d&apos;un nom, d&apos;un e-mail ou d&apos;un nom de connexion</translation>
    </message>
    <message>
        <source>Directory message</source>
        <translation>Message de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>&amp;All people</source>
        <translation>&amp;Toutes les personnes</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>Show everyone in the directory instead of one team</source>
        <translation>Afficher toutes les personnes de l&apos;annuaire au lieu d&apos;une seule équipe</translation>
    </message>
    <message>
        <source>Teams and channels</source>
        <translation>Équipes et canaux</translation>
    </message>
    <message>
        <source>Choose a team to list its members</source>
        <translation>Choisissez une équipe pour afficher ses membres</translation>
    </message>
    <message>
        <source>People shown</source>
        <translation>Personnes affichées</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>People in the chosen team or matching the search; select several to add them to the audience</source>
        <translation>Personnes de l&apos;équipe choisie ou correspondant à la recherche&#xa0;; sélectionnez-en plusieurs pour les ajouter à l&apos;audience</translation>
    </message>
    <message>
        <source>Add to audience</source>
        <translation>Ajouter à l&apos;audience</translation>
    </message>
    <message>
        <source>Add the selected people to the audience of the next message</source>
        <translation>Ajouter les personnes sélectionnées à l&apos;audience du prochain message</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Taille de l&apos;audience</translation>
    </message>
    <message>
        <source>C&amp;lear audience</source>
        <translation>&amp;Vider l&apos;audience</translation>
    </message>
    <message>
        <source>Clear audience</source>
        <translation>Vider l&apos;audience</translation>
    </message>
    <message>
        <source>Remove everyone from the audience</source>
        <translation>Retirer tout le monde de l&apos;audience</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Détails de la personne</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Sélectionnez une personne pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sign-in name:</source>
        <translation>Nom de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nom de connexion</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Équipes&#xa0;:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Reachable:</source>
        <translation>Joignable&#xa0;:</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation>Dernier message&#xa0;:</translation>
    </message>
    <message>
        <source>Last message sent</source>
        <translation>Dernier message envoyé</translation>
    </message>
    <message>
        <source>Chat id:</source>
        <translation>ID de conversation&#xa0;:</translation>
    </message>
    <message>
        <source>Personal chat id</source>
        <translation>ID de la conversation individuelle</translation>
    </message>
    <message>
        <source>Directory job</source>
        <translation>Tâche d&apos;annuaire</translation>
    </message>
    <message>
        <source>Directory job progress</source>
        <translation>Progression de la tâche d&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import or sync; what was already stored is kept</source>
        <translation>Arrêter l&apos;importation ou la synchronisation&#xa0;; ce qui est déjà enregistré est conservé</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>À propos de Herald</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Herald&lt;/h2&gt;&lt;p&gt;Send welcome messages and event notifications to people and channels in Microsoft Teams, through your organisation&apos;s Teams bot.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Herald&lt;/h2&gt;&lt;p&gt;Envoyez des messages de bienvenue et des notifications d&apos;événements à des personnes et à des canaux dans Microsoft Teams, via le bot Teams de votre organisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Sign in or switch bot…</source>
        <translation>Se &amp;connecter ou changer de bot…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>À propos de &amp;Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de Q&amp;t</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Herald&apos;s pages: the directory of people and teams, the composer and the campaigns</source>
        <translation>Les pages d&apos;Herald&#xa0;: l&apos;annuaire des personnes et des équipes, la rédaction et les campagnes</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Check who will get the message, who is left out and how long it will take, then send it.</source>
        <translation>Vérifiez qui recevra le message, qui en est exclu et combien de temps l&apos;envoi prendra, puis envoyez-le.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>People in the audience list</source>
        <translation>Personnes de la liste d&apos;audience</translation>
    </message>
    <message>
        <source>Send to the people in the audience list</source>
        <translation>Envoyer aux personnes de la liste d&apos;audience</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Time estimate</source>
        <translation>Estimation du temps</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <source>People left out</source>
        <translation>Personnes exclues</translation>
    </message>
    <message>
        <source>People the bot cannot reach, with the reason; no request is made for them.</source>
        <translation>Personnes que le bot ne peut pas joindre, avec la raison&#xa0;; aucune requête n&apos;est envoyée pour elles.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvables</translation>
    </message>
    <message>
        <source>Entries that matched nobody</source>
        <translation>Entrées qui ne correspondent à personne</translation>
    </message>
    <message>
        <source>Preview for the first recipient</source>
        <translation>Aperçu pour le premier destinataire</translation>
    </message>
    <message>
        <source>Check a team to send each of its members a personal (1:1) message; someone in several checked teams gets it once. Check a channel to post the message there once, as a new conversation everyone in the channel sees.</source>
        <translation>Cochez une équipe pour envoyer un message individuel (1:1) à chacun de ses membres&#xa0;; une personne membre de plusieurs équipes cochées ne le reçoit qu&apos;une fois. Cochez un canal pour y publier le message une seule fois, sous forme d&apos;une nouvelle conversation visible par tous les membres du canal.</translation>
    </message>
    <message>
        <source>&amp;Teams (to each member) and channels (one post):</source>
        <translation>É&amp;quipes (à chaque membre) et canaux (une publication)&#xa0;:</translation>
    </message>
    <message>
        <source>Teams and channels</source>
        <translation>Équipes et canaux</translation>
    </message>
    <message>
        <source>Check a team to send a personal message to each of its members; check a channel to post the message in it once. Space checks or unchecks the current row.</source>
        <translation>Cochez une équipe pour envoyer un message individuel à chacun de ses membres&#xa0;; cochez un canal pour y publier le message une seule fois. La touche Espace coche ou décoche la ligne active.</translation>
    </message>
    <message>
        <source>Team or channel</source>
        <translation>Équipe ou canal</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Working out the audience</source>
        <translation>Détermination de l&apos;audience</translation>
    </message>
    <message>
        <source>Who is left out</source>
        <translation>Qui est exclu</translation>
    </message>
    <message>
        <source>People the bot cannot reach, and chosen entries that matched nobody.</source>
        <translation>Personnes que le bot ne peut pas joindre, et entrées choisies qui ne correspondent à personne.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The message as the first recipient will see it in Teams; arrow keys scroll it.</source>
        <translation>Le message tel que le premier destinataire le verra dans Teams&#xa0;; les touches fléchées le font défiler.</translation>
    </message>
    <message>
        <source>Send a one-to-one message to each person in the audience list</source>
        <translation>Envoyer un message individuel à chaque personne de la liste d&apos;audience</translation>
    </message>
    <message>
        <source>Entries of the audience list that matched nobody in the directory; they get no message</source>
        <translation>Entrées de la liste d&apos;audience qui ne correspondent à personne dans l&apos;annuaire&#xa0;; elles ne reçoivent aucun message</translation>
    </message>
    <message>
        <source>The message as the first recipient will see it</source>
        <translation>Le message tel que le premier destinataire le verra</translation>
    </message>
    <message>
        <source>Send the message, or go back without sending</source>
        <translation>Envoyer le message, ou revenir en arrière sans envoyer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to your Teams bot</source>
        <translation>Connectez-vous à votre bot Teams</translation>
    </message>
    <message>
        <source>&amp;Bot profiles</source>
        <translation>&amp;Profils de bot</translation>
    </message>
    <message>
        <source>Bot profiles</source>
        <translation>Profils de bot</translation>
    </message>
    <message>
        <source>The bots Herald knows. Choose one to edit it or sign in with it.</source>
        <translation>Les bots que Herald connaît. Choisissez-en un pour le modifier ou pour vous connecter avec.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new bot profile</source>
        <translation>Créer un profil de bot</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Remove the chosen profile and its secret from the keychain</source>
        <translation>Supprimer le profil choisi et son secret du trousseau</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Nom a&amp;ffiché&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>e.g. Contoso News bot</source>
        <translation>ex.&#xa0;: Bot Actualités Contoso</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud&#xa0;:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Which Microsoft cloud your tenant lives in</source>
        <translation>Le cloud Microsoft dans lequel se trouve votre locataire</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID de &amp;locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>Directory (tenant) ID from the Azure portal</source>
        <translation>ID de l&apos;annuaire (locataire), indiqué dans le portail Azure</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;ID d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID d&apos;application</translation>
    </message>
    <message>
        <source>Application (client) ID of the bot</source>
        <translation>ID de l&apos;application (client) du bot</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Kept only in your system&apos;s keychain</source>
        <translation>Conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>&amp;URL du service&#xa0;:</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>URL du service</translation>
    </message>
    <message>
        <source>https://smba.trafficmanager.net/teams/</source>
        <translation>https://smba.trafficmanager.net/teams/</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>URL de c&amp;onnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>Only for the sandbox tenant</source>
        <translation>Uniquement pour le locataire du bac à sable</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Start Herald&apos;s simulated Teams tenant and sign in to it</source>
        <translation>Démarrer le locataire Teams simulé de Herald et s&apos;y connecter</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Fetch a token and one team to check these settings</source>
        <translation>Obtenir un jeton et une équipe pour vérifier ces paramètres</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>S&amp;e connecter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Save this profile and sign in with it</source>
        <translation>Enregistrer ce profil et se connecter avec</translation>
    </message>
    <message>
        <source>Save these settings (the secret goes to the keychain) without signing in</source>
        <translation>Enregistrer ces paramètres (le secret va dans le trousseau) sans se connecter</translation>
    </message>
    <message>
        <source>A name of your choice for this bot profile</source>
        <translation>Un nom de votre choix pour ce profil de bot</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Directory (tenant) ID, from the Azure portal</source>
        <translation>L&apos;ID de l&apos;annuaire (locataire) de votre organisation, indiqué dans le portail Azure</translation>
    </message>
    <message>
        <source>The Application (client) ID of the bot&apos;s app registration</source>
        <translation>L&apos;ID de l&apos;application (client) de l&apos;inscription d&apos;application du bot</translation>
    </message>
    <message>
        <source>The Bot Connector address for your region; the cloud&apos;s default suits most bots</source>
        <translation>L&apos;adresse du Bot Connector pour votre région&#xa0;; celle du cloud par défaut convient à la plupart des bots</translation>
    </message>
    <message>
        <source>Close the dialog without signing in</source>
        <translation>Fermer la boîte de dialogue sans se connecter</translation>
    </message>
</context>
<context>
    <name>herald::auth</name>
    <message>
        <source>Public</source>
        <comment>cloud</comment>
        <extracomment>The Microsoft 365 commercial cloud, as in &quot;the Public cloud&quot;; GCC, GCC High and DoD are names.</extracomment>
        <translation>Public</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <comment>cloud</comment>
        <extracomment>Herald&apos;s built-in simulated Teams tenant, as in &quot;the Sandbox cloud&quot;.</extracomment>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The service URL &quot;%1&quot; is not a valid web address.</source>
        <translation>L&apos;URL du service «&#xa0;%1&#xa0;» n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The login URL &quot;%1&quot; is not a valid web address.</source>
        <translation>L&apos;URL de connexion «&#xa0;%1&#xa0;» n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The service URL &quot;%1&quot; must start with https://.</source>
        <translation>L&apos;URL du service «&#xa0;%1&#xa0;» doit commencer par https://.</translation>
    </message>
    <message>
        <source>The login URL &quot;%1&quot; must start with https://.</source>
        <translation>L&apos;URL de connexion «&#xa0;%1&#xa0;» doit commencer par https://.</translation>
    </message>
    <message>
        <source>The service URL must not contain a user name or password.</source>
        <translation>L&apos;URL du service ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The login URL must not contain a user name or password.</source>
        <translation>L&apos;URL de connexion ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1: the sandbox service URL must be on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Herald a refusé d&apos;envoyer les identifiants à %1&#xa0;: l&apos;URL du service du bac à sable doit désigner cet ordinateur (127.0.0.1, ::1 ou localhost).</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1: the sandbox login URL must be on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Herald a refusé d&apos;envoyer les identifiants à %1&#xa0;: l&apos;URL de connexion du bac à sable doit désigner cet ordinateur (127.0.0.1, ::1 ou localhost).</translation>
    </message>
    <message>
        <source>Herald refused to send credentials over plain http: http is only allowed for a sandbox profile on this computer, and this profile&apos;s cloud is %1.</source>
        <translation>Herald a refusé d&apos;envoyer les identifiants en http non chiffré&#xa0;: le http n&apos;est autorisé que pour un profil de bac à sable sur cet ordinateur, et le cloud de ce profil est %1.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 over plain http: the service URL must start with https://.</source>
        <translation>Herald a refusé d&apos;envoyer les identifiants à %1 en http non chiffré&#xa0;: l&apos;URL du service doit commencer par https://.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 over plain http: the login URL must start with https://.</source>
        <translation>Herald a refusé d&apos;envoyer les identifiants à %1 en http non chiffré&#xa0;: l&apos;URL de connexion doit commencer par https://.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 on port %2: the service URL of the %3 cloud uses the standard https port.</source>
        <extracomment>%1 is a host name, %2 a port number, %3 a cloud (Public, GCC, GCC High, DoD).</extracomment>
        <translation>Herald a refusé d&apos;envoyer les identifiants à %1 sur le port %2&#xa0;: l&apos;URL du service du cloud %3 utilise le port https standard.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 on port %2: the login URL of the %3 cloud uses the standard https port.</source>
        <translation>Herald a refusé d&apos;envoyer les identifiants à %1 sur le port %2&#xa0;: l&apos;URL de connexion du cloud %3 utilise le port https standard.</translation>
    </message>
    <message>
        <source>Herald refused to send the bot&apos;s token to %1: it is not a Microsoft Teams service host for the %2 cloud (expected %3). Check the profile&apos;s service URL.</source>
        <extracomment>%3 lists the expected host names, joined by &quot; or &quot; (translated separately).</extracomment>
        <translation>Herald a refusé d&apos;envoyer le jeton du bot à %1&#xa0;: ce n&apos;est pas un hôte de service Microsoft Teams du cloud %2 (attendu&#xa0;: %3). Vérifiez l&apos;URL du service du profil.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the expected host names in &quot;… (expected %3)&quot;.</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>Herald refused to send the client secret to %1: the %2 cloud signs in at %3.</source>
        <translation>Herald a refusé d&apos;envoyer le secret client à %1&#xa0;: la connexion au cloud %2 se fait sur %3.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the client secret for app %1: it is wrong. Copy the secret&apos;s value (not its id) from the app registration and enter it again.</source>
        <translation>Le service de connexion Microsoft a refusé le secret client de l&apos;application %1&#xa0;: il est incorrect. Copiez la valeur du secret (et non son ID) depuis l&apos;inscription d&apos;application, puis saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The client secret of app %1 has expired. Create a new secret in the app registration and enter it in the profile.</source>
        <translation>Le secret client de l&apos;application %1 a expiré. Créez un nouveau secret dans l&apos;inscription d&apos;application et saisissez-le dans le profil.</translation>
    </message>
    <message>
        <source>Microsoft sign-in does not know the app id %1 in tenant %2. Check the app id, and that the bot is registered in that tenant.</source>
        <translation>Le service de connexion Microsoft ne connaît pas l&apos;ID d&apos;application %1 dans le locataire %2. Vérifiez l&apos;ID d&apos;application, ainsi que l&apos;inscription du bot dans ce locataire.</translation>
    </message>
    <message>
        <source>Microsoft sign-in does not know the tenant %1. Check the tenant id in the profile (and the cloud: GCC High and DoD tenants sign in on the .us cloud).</source>
        <translation>Le service de connexion Microsoft ne connaît pas le locataire %1. Vérifiez l&apos;ID de locataire dans le profil (ainsi que le cloud&#xa0;: les locataires GCC High et DoD se connectent sur le cloud .us).</translation>
    </message>
    <message>
        <source>The app %1 is disabled in its tenant. Ask an administrator to enable the app registration or its enterprise application.</source>
        <translation>L&apos;application %1 est désactivée dans son locataire. Demandez à un administrateur d&apos;activer l&apos;inscription d&apos;application ou son application d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the Bot Framework scope for app %1. Check that the profile&apos;s cloud matches the bot&apos;s (public/GCC or GCC High/DoD).</source>
        <translation>Le service de connexion Microsoft a refusé l&apos;étendue Bot Framework pour l&apos;application %1. Vérifiez que le cloud du profil correspond à celui du bot (Public/GCC ou GCC High/DoD).</translation>
    </message>
    <message>
        <source>Microsoft sign-in is not available right now (HTTP %1); try again in a few minutes.</source>
        <translation>Le service de connexion Microsoft n&apos;est pas disponible pour le moment (HTTP %1)&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the credentials of app %1 (HTTP %2). Check the tenant id, app id and secret.</source>
        <translation>Le service de connexion Microsoft a refusé les identifiants de l&apos;application %1 (HTTP %2). Vérifiez l&apos;ID de locataire, l&apos;ID d&apos;application et le secret.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the network connection and try again.</source>
        <translation>%1 n&apos;a pas répondu à temps&#xa0;; vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and the network.</source>
        <translation>%1 a refusé la connexion&#xa0;; vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely.</source>
        <translation>%1 a fermé la connexion avant d&apos;avoir entièrement répondu.</translation>
    </message>
    <message>
        <source>%1 could not be found; check the address and the network (DNS, VPN).</source>
        <translation>%1 est introuvable&#xa0;; vérifiez l&apos;adresse et le réseau (DNS, VPN).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (its certificate was not trusted); Herald does not send credentials over an untrusted connection.</source>
        <translation>La connexion sécurisée à %1 a échoué (son certificat n&apos;a pas été reconnu comme fiable)&#xa0;; Herald n&apos;envoie pas d&apos;identifiants sur une connexion non fiable.</translation>
    </message>
    <message>
        <source>%1 tried to redirect Herald elsewhere; Herald does not follow redirects with credentials.</source>
        <translation>%1 a tenté de rediriger Herald ailleurs&#xa0;; Herald ne suit pas les redirections lorsqu&apos;il envoie des identifiants.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 a envoyé une réponse qui n&apos;est pas du HTTP valide.</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1; check the proxy settings.</source>
        <translation>Le proxy a échoué lors de la connexion à %1&#xa0;; vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed; check the network connection and try again.</source>
        <translation>La connexion à %1 a échoué&#xa0;; vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the tenant id of the bot&apos;s Microsoft Entra tenant.</source>
        <translation>Saisissez l&apos;ID du locataire Microsoft Entra du bot.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; contains spaces or slashes; paste it again from the Azure portal.</source>
        <translation>L&apos;ID de locataire «&#xa0;%1&#xa0;» contient des espaces ou des barres obliques&#xa0;; collez-le à nouveau depuis le portail Azure.</translation>
    </message>
    <message>
        <source>Enter the bot&apos;s Microsoft App ID.</source>
        <translation>Saisissez l&apos;ID d&apos;application Microsoft du bot.</translation>
    </message>
    <message>
        <source>The app id &quot;%1&quot; contains spaces or slashes; paste it again from the Azure portal.</source>
        <translation>L&apos;ID d&apos;application «&#xa0;%1&#xa0;» contient des espaces ou des barres obliques&#xa0;; collez-le à nouveau depuis le portail Azure.</translation>
    </message>
    <message>
        <source>Enter the service URL, for example https://smba.trafficmanager.net/teams/.</source>
        <translation>Saisissez l&apos;URL du service, par exemple https://smba.trafficmanager.net/teams/.</translation>
    </message>
    <message>
        <source>A sandbox profile needs the sandbox&apos;s login URL, for example http://127.0.0.1:PORT/.</source>
        <translation>Un profil de bac à sable nécessite l&apos;URL de connexion du bac à sable, par exemple http://127.0.0.1:PORT/.</translation>
    </message>
    <message>
        <source>Herald could not save its settings to %1; check that the folder exists and is writable.</source>
        <translation>Herald n&apos;a pas pu enregistrer ses paramètres dans %1&#xa0;; vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names an unknown cloud &quot;%2&quot;; edit or re-create it.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» indique un cloud inconnu, «&#xa0;%2&#xa0;»&#xa0;; modifiez-le ou recréez-le.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the client secret of &quot;%1&quot;; unlock the keychain and allow Herald access, then try again.</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer le secret client de «&#xa0;%1&#xa0;»&#xa0;; déverrouillez le trousseau et autorisez l&apos;accès à Herald, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused to read the client secret of &quot;%1&quot;; unlock the keychain and allow Herald access, then try again.</source>
        <translation>Le trousseau du système a refusé de lire le secret client de «&#xa0;%1&#xa0;»&#xa0;; déverrouillez le trousseau et autorisez l&apos;accès à Herald, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused to delete the client secret of &quot;%1&quot;; unlock the keychain and allow Herald access, then try again.</source>
        <translation>Le trousseau du système a refusé de supprimer le secret client de «&#xa0;%1&#xa0;»&#xa0;; déverrouillez le trousseau et autorisez l&apos;accès à Herald, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not save the client secret of &quot;%1&quot;; check that the keychain is unlocked (or set %2 for automation).</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer le secret client de «&#xa0;%1&#xa0;»&#xa0;; vérifiez que le trousseau est déverrouillé (ou définissez %2 pour l&apos;automatisation).</translation>
    </message>
    <message>
        <source>The system keychain could not read the client secret of &quot;%1&quot;; check that the keychain is unlocked (or set %2 for automation).</source>
        <translation>Le trousseau du système n&apos;a pas pu lire le secret client de «&#xa0;%1&#xa0;»&#xa0;; vérifiez que le trousseau est déverrouillé (ou définissez %2 pour l&apos;automatisation).</translation>
    </message>
    <message>
        <source>The system keychain could not delete the client secret of &quot;%1&quot;; check that the keychain is unlocked (or set %2 for automation).</source>
        <translation>Le trousseau du système n&apos;a pas pu supprimer le secret client de «&#xa0;%1&#xa0;»&#xa0;; vérifiez que le trousseau est déverrouillé (ou définissez %2 pour l&apos;automatisation).</translation>
    </message>
    <message>
        <source>No client secret is saved for the profile &quot;%1&quot;; enter it again in the profile settings (or set %2 for automation).</source>
        <translation>Aucun secret client n&apos;est enregistré pour le profil «&#xa0;%1&#xa0;»&#xa0;; saisissez-le à nouveau dans les paramètres du profil (ou définissez %2 pour l&apos;automatisation).</translation>
    </message>
    <message>
        <source>No system keychain is running, so Herald cannot store or read the client secret. Sign in to a desktop session with a keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), or, for automation, set the environment variable %1 to the secret.</source>
        <translation>Aucun trousseau système n&apos;est en cours d&apos;exécution&#xa0;: Herald ne peut donc ni enregistrer ni lire le secret client. Ouvrez une session de bureau disposant d&apos;un trousseau (GNOME Keyring, KWallet, Trousseau d&apos;accès de macOS ou Gestionnaire d&apos;identification de Windows) ou, pour l&apos;automatisation, donnez à la variable d&apos;environnement %1 la valeur du secret.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Microsoft sign-in sent an answer Herald could not understand (%1); try again later.</source>
        <extracomment>%1 says what was wrong with the answer, e.g. &quot;not JSON&quot;.</extracomment>
        <translation>Le service de connexion Microsoft a envoyé une réponse que Herald n&apos;a pas pu comprendre (%1)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>la réponse était trop volumineuse</translation>
    </message>
    <message>
        <source>Could not reach Microsoft sign-in: %1</source>
        <extracomment>%1 is a sentence saying what failed, e.g. &quot;login.microsoftonline.com did not answer in time; …&quot;.</extracomment>
        <translation>Impossible de joindre le service de connexion Microsoft&#xa0;: %1</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>ce n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>access_token absent</translation>
    </message>
    <message>
        <source>token type is not Bearer</source>
        <translation>le type de jeton n&apos;est pas Bearer</translation>
    </message>
    <message>
        <source>no valid expires_in</source>
        <translation>aucun expires_in valide</translation>
    </message>
</context>
<context>
    <name>herald::cli::Campaign</name>
    <message>
        <source>No campaigns yet. Start one with: herald-cli send …</source>
        <translation>Aucune campagne pour l&apos;instant. Lancez-en une avec&#xa0;: herald-cli send …</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4 of %5 delivered, %6 unreachable, %7 failed, %8 uncertain	%9 by %10	%11</source>
        <translation>%1	%2	%3	remis&#xa0;: %4 sur %5, injoignables&#xa0;: %6, échecs&#xa0;: %7, incertains&#xa0;: %8	%9 par %10	%11</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Campaign %1 &quot;%2&quot; — %3, created %4 by %5 with profile &quot;%6&quot;</source>
        <translation>Campagne %1 «&#xa0;%2&#xa0;» — %3, créée le %4 par %5 avec le profil «&#xa0;%6&#xa0;»</translation>
    </message>
    <message>
        <source>  %1 delivered after a cut connection may have received it twice.</source>
        <translation>  Remis après une coupure de connexion, peut-être en double&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1 messages/s on average over %2 s</source>
        <translation>  %1 messages/s en moyenne sur %2 s</translation>
    </message>
    <message>
        <source>  Stopped because: %1</source>
        <translation>  Motif de l&apos;arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>--global-rps needs a positive number.</source>
        <translation>--global-rps exige un nombre positif.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2; there is nothing left to send (%3 delivered, %4 unreachable, %5 failed, %6 uncertain).</source>
        <translation>La campagne %1 est %2&#xa0;; il ne reste rien à envoyer (remis&#xa0;: %3, injoignables&#xa0;: %4, échecs&#xa0;: %5, incertains&#xa0;: %6).</translation>
    </message>
    <message>
        <source>  … and %1 more (herald-cli report %2 --csv)</source>
        <translation>  … et %1 de plus (herald-cli report %2 --csv)</translation>
    </message>
    <message>
        <source>Campaign %1 is cancelled: %2 delivered, %3 not sent.</source>
        <translation>La campagne %1 est annulée (remis&#xa0;: %2, non envoyés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>campaign %1: %2 of %3 done (%4 delivered, %5 unreachable, %6 failed)</source>
        <translation>campagne %1&#xa0;: %2 sur %3 traités (remis&#xa0;: %4, injoignables&#xa0;: %5, échecs&#xa0;: %6)</translation>
    </message>
    <message>
        <source> — %1 messages/s</source>
        <translation> — %1 messages/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, encore environ %1</translation>
    </message>
    <message>
        <source>, %1 throttled</source>
        <translation>, limitées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending without pacing is only allowed to the sandbox.</source>
        <translation>L&apos;envoi sans régulation du débit n&apos;est autorisé que vers le bac à sable.</translation>
    </message>
    <message>
        <source>herald-cli: could not install signal handlers; Ctrl+C will not pause cleanly.</source>
        <translation>herald-cli&#xa0;: impossible d&apos;installer les gestionnaires de signaux&#xa0;; Ctrl+C ne mettra pas l&apos;envoi proprement en pause.</translation>
    </message>
    <message>
        <source>Pausing campaign %1: waiting for the answers already on their way…</source>
        <translation>Mise en pause de la campagne %1&#xa0;: attente des réponses déjà en route…</translation>
    </message>
    <message>
        <source>Sending campaign %1 as &quot;%2&quot; (%3 recipients). Ctrl+C pauses it; &quot;herald-cli resume %1&quot; goes on.</source>
        <translation>Envoi de la campagne %1 avec le profil «&#xa0;%2&#xa0;» (destinataires&#xa0;: %3). Ctrl+C la met en pause&#xa0;; «&#xa0;herald-cli resume %1&#xa0;» la reprend.</translation>
    </message>
    <message>
        <source>Campaign %1 %2: %3 delivered, %4 unreachable, %5 failed, %6 uncertain, %7 not sent.</source>
        <translation>Campagne %1 %2 (remis&#xa0;: %3, injoignables&#xa0;: %4, échecs&#xa0;: %5, incertains&#xa0;: %6, non envoyés&#xa0;: %7).</translation>
    </message>
    <message>
        <source>It stopped because: %1</source>
        <translation>Motif de l&apos;arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused. Go on with: herald-cli resume %1</source>
        <translation>En pause. Pour continuer&#xa0;: herald-cli resume %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) uncertain: not sent again (add --resend-uncertain to send to them; some may then get it twice):</source>
        <translation>
            <numerusform>%Ln destinataire incertain&#xa0;: le message ne lui est pas renvoyé (ajoutez --resend-uncertain pour le lui renvoyer&#xa0;; il pourrait alors le recevoir deux fois)&#xa0;:</numerusform>
            <numerusform>%Ln destinataires incertains&#xa0;: le message ne leur est pas renvoyé (ajoutez --resend-uncertain pour le leur renvoyer&#xa0;; certains pourraient alors le recevoir deux fois)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) uncertain (the request left but no answer came). &quot;herald-cli resume %1 --resend-uncertain&quot; sends to them again; some may then get it twice.</source>
        <translation>
            <numerusform>%Ln destinataire incertain (la requête est partie, mais aucune réponse n&apos;est arrivée). «&#xa0;herald-cli resume %1 --resend-uncertain&#xa0;» lui renvoie le message&#xa0;; il pourrait alors le recevoir deux fois.</numerusform>
            <numerusform>%Ln destinataires incertains (leur requête est partie, mais aucune réponse n&apos;est arrivée). «&#xa0;herald-cli resume %1 --resend-uncertain&#xa0;» leur renvoie le message&#xa0;; certains pourraient alors le recevoir deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: herald-cli campaigns</source>
        <translation>usage&#xa0;: herald-cli campaigns</translation>
    </message>
    <message>
        <source>usage: herald-cli report ID [--csv]</source>
        <translation>usage&#xa0;: herald-cli report ID [--csv]</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>A report line: a recipient state (&quot;Delivered&quot;) and how many are in it.</extracomment>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  %1, %2: %3</source>
        <extracomment>A report line: a recipient state (&quot;Failed&quot;), the error code Teams or Herald gave, and how many.</extracomment>
        <translation>  %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>usage: herald-cli resume ID [--resend-uncertain] [--global-rps R]</source>
        <translation>usage&#xa0;: herald-cli resume ID [--resend-uncertain] [--global-rps R]</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <extracomment>One uncertain recipient: their id, then their name.</extracomment>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>usage: herald-cli cancel ID</source>
        <translation>usage&#xa0;: herald-cli cancel ID</translation>
    </message>
    <message>
        <source>usage: herald-cli pause ID</source>
        <translation>usage&#xa0;: herald-cli pause ID</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald; asked it to cancel. Waiting for the answers already on their way…</source>
        <translation>La campagne %1 est en cours d&apos;envoi par une autre instance de Herald&#xa0;; elle a été priée de l&apos;annuler. Attente des réponses déjà en route…</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald; asked it to pause. Waiting for the answers already on their way…</source>
        <translation>La campagne %1 est en cours d&apos;envoi par une autre instance de Herald&#xa0;; elle a été priée de la mettre en pause. Attente des réponses déjà en route…</translation>
    </message>
    <message>
        <source>Campaign %1 did not stop within %2 seconds; the Herald sending it may be stuck. Try again, or stop that program.</source>
        <translation>La campagne %1 ne s&apos;est pas arrêtée en %2 secondes&#xa0;; l&apos;instance de Herald qui l&apos;envoie est peut-être bloquée. Réessayez, ou arrêtez ce programme.</translation>
    </message>
    <message>
        <source>Campaign %1 is paused: %2 delivered, %3 waiting. Go on with: herald-cli resume %1</source>
        <translation>La campagne %1 est en pause&#xa0;: %2 remis, %3 en attente. Pour continuer&#xa0;: herald-cli resume %1</translation>
    </message>
    <message>
        <source>Campaign %1 is %2 already: %3 delivered.</source>
        <translation>La campagne %1 est déjà %2&#xa0;: %3 remis.</translation>
    </message>
</context>
<context>
    <name>herald::cli::Directory</name>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or jsonl.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez csv ou jsonl.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s)…</source>
        <translation>
            <numerusform>%Ln enregistrement importé…</numerusform>
            <numerusform>%Ln enregistrements importés…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rejected line(s) (--json lists up to %1).</source>
        <translation>
            <numerusform>… et %Ln autre ligne refusée (--json en liste jusqu’à %1).</numerusform>
            <numerusform>… et %Ln autres lignes refusées (--json en liste jusqu’à %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 %3 records from %4 (%5 rejected) in %6 s.</source>
        <translation>%1 enregistrements %3 sur %2 importés depuis %4 (%5 refusés) en %6&#xa0;s.</translation>
    </message>
    <message>
        <source>Which bot? Pass --profile NAME (see &quot;herald-cli profile list&quot;).</source>
        <translation>Quel bot&#xa0;? Indiquez --profile NOM (voir «&#xa0;herald-cli profile list&#xa0;»).</translation>
    </message>
    <message>
        <source>Herald knows no teams yet. Import the bot&apos;s install events first (herald-cli import FILE), or pass --team ID.</source>
        <translation>Herald ne connaît encore aucune équipe. Importez d’abord les événements d’installation du bot (herald-cli import FICHIER), ou indiquez --team ID.</translation>
    </message>
    <message>
        <source>Syncing team %1 of %2: %3…</source>
        <translation>Synchronisation de l’équipe %1 sur %2&#xa0;: %3…</translation>
    </message>
    <message>
        <source>  %1 members so far</source>
        <translation>  %1 membres jusqu’ici</translation>
    </message>
    <message>
        <source>herald-cli: %1</source>
        <translation>herald-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resumed an interrupted sync: %Ln team(s) it had finished were not fetched again.</source>
        <translation>
            <numerusform>Synchronisation interrompue reprise&#xa0;: %Ln équipe déjà terminée n’a pas été récupérée à nouveau.</numerusform>
            <numerusform>Synchronisation interrompue reprise&#xa0;: %Ln équipes déjà terminées n’ont pas été récupérées à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln team(s): %1 members, %2 marked as having left.</source>
        <translation>
            <numerusform>%Ln équipe synchronisée&#xa0;: %1 membres, %2 marqués comme partis.</numerusform>
            <numerusform>%Ln équipes synchronisées&#xa0;: %1 membres, %2 marqués comme partis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet: import the bot&apos;s install events (herald-cli import FILE).</source>
        <translation>Aucune équipe pour l’instant&#xa0;: importez les événements d’installation du bot (herald-cli import FICHIER).</translation>
    </message>
    <message>
        <source>%1	%2 members	%3 channels	%4%5</source>
        <translation>%1	%2 membres	%3 canaux	%4%5</translation>
    </message>
    <message>
        <source>(bot removed)</source>
        <translation>(bot retiré)</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4%5</source>
        <translation>%1	%2	%3	%4%5</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>(parti)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people.</source>
        <translation>
            <numerusform>%Ln personne.</numerusform>
            <numerusform>%Ln personnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::cli::Main</name>
    <message>
        <source>herald-cli: unknown command &quot;%1&quot;.</source>
        <translation>herald-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>usage: herald-cli [--data-dir DIR] [--json] [--verbose] COMMAND ...

commands:
  profile add NAME --cloud public|gcc|gcchigh|dod|sandbox --tenant-id T --app-id A
              [--service-url URL] [--login-url URL] [--secret-stdin]
  profile list
  profile remove NAME
  profile test NAME
  import FILE [--format csv|jsonl]     install events (JSON lines) or a CSV of people;
                                       exits 1 if any line was rejected (good lines are kept)
  sync [--team ID]... [--profile NAME] teams, channels and rosters from Teams (default: every
                                       known team; resumes an interrupted sync)
  teams
  channels TEAM
  members TEAM|--all [--search TEXT] [--include-left] [--limit N]
  render --draft FILE [--recipient ID | --recipient-json JSON]
  send --profile NAME (--draft FILE | --kind K --title T --body B ...)
       (--to-users FILE | --to-team ID | --to-channel ID)...
  campaigns | report ID [--csv] | resume ID [--resend-uncertain] | cancel ID | pause ID

The client secret comes from --secret-stdin, else HERALD_CLIENT_SECRET, else the system keychain.
--data-dir (or HERALD_DATA_DIR) keeps Herald&apos;s settings and data in DIR.
</source>
        <translation>utilisation&#xa0;: herald-cli [--data-dir DIR] [--json] [--verbose] COMMANDE ...

commandes&#xa0;:
  profile add NAME --cloud public|gcc|gcchigh|dod|sandbox --tenant-id T --app-id A
              [--service-url URL] [--login-url URL] [--secret-stdin]
  profile list
  profile remove NAME
  profile test NAME
  import FILE [--format csv|jsonl]     événements d&apos;installation (lignes JSON) ou un CSV de personnes&#xa0;;
                                       se termine avec 1 si une ligne a été refusée (les bonnes lignes sont gardées)
  sync [--team ID]... [--profile NAME] équipes, canaux et listes de membres depuis Teams (par défaut&#xa0;: toutes
                                       les équipes connues&#xa0;; reprend une synchronisation interrompue)
  teams
  channels TEAM
  members TEAM|--all [--search TEXT] [--include-left] [--limit N]
  render --draft FILE [--recipient ID | --recipient-json JSON]
  send --profile NAME (--draft FILE | --kind K --title T --body B ...)
       (--to-users FILE | --to-team ID | --to-channel ID)...
  campaigns | report ID [--csv] | resume ID [--resend-uncertain] | cancel ID | pause ID

Le secret client vient de --secret-stdin, sinon de HERALD_CLIENT_SECRET, sinon du trousseau du système.
--data-dir (ou HERALD_DATA_DIR) conserve les paramètres et les données d&apos;Herald dans DIR.
</translation>
    </message>
</context>
<context>
    <name>herald::cli::Profile</name>
    <message>
        <source>usage: herald-cli profile add NAME --cloud public|gcc|gcc-high|dod|sandbox --tenant-id T --app-id A
                          [--service-url URL] [--login-url URL] [--secret-stdin]
       herald-cli profile list
       herald-cli profile remove NAME
       herald-cli profile test NAME [--secret-stdin] [--team TEAM_ID]</source>
        <translation>utilisation&#xa0;: herald-cli profile add NAME --cloud public|gcc|gcc-high|dod|sandbox --tenant-id T --app-id A
                          [--service-url URL] [--login-url URL] [--secret-stdin]
       herald-cli profile list
       herald-cli profile remove NAME
       herald-cli profile test NAME [--secret-stdin] [--team TEAM_ID]</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use public, gcc, gcc-high, dod or sandbox.</source>
        <translation>Cloud inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez public, gcc, gcc-high, dod ou sandbox.</translation>
    </message>
    <message>
        <source>No client secret given: pass it on standard input with --secret-stdin, or set %1.</source>
        <translation>Aucun secret client fourni&#xa0;: passez-le sur l&apos;entrée standard avec --secret-stdin, ou définissez %1.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; remove it first or choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; supprimez-le d&apos;abord ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>herald-cli: no keychain is running, so the secret was not stored; set %1 whenever you use this profile.</source>
        <translation>herald-cli&#xa0;: aucun trousseau n&apos;est actif, le secret n&apos;a donc pas été enregistré&#xa0;; définissez %1 chaque fois que vous utilisez ce profil.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; (%2, tenant %3).</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté (%2, locataire %3).</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: herald-cli profile add NAME --cloud … --tenant-id … --app-id …</source>
        <translation>Aucun profil pour l&apos;instant. Ajoutez-en un avec&#xa0;: herald-cli profile add NAME --cloud … --tenant-id … --app-id …</translation>
    </message>
    <message>
        <source>%1	%2	tenant %3	app %4	%5</source>
        <translation>%1	%2	locataire %3	application %4	%5</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Test de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>herald::cli::Render</name>
    <message>
        <source>usage: herald-cli render --draft FILE [--recipient ID | --recipient-json JSON]
  Prints the activity JSON the draft makes for one recipient (placeholders resolved).
  --recipient ID       one of the sample recipients (see below)
  --recipient-json J   {&quot;id&quot;:…,&quot;name&quot;:…,&quot;givenName&quot;:…,&quot;teamName&quot;:…,&quot;channelName&quot;:…}
  Without a recipient, placeholders take their fallbacks (&quot;there&quot;, &quot;your team&quot; …).</source>
        <translation>utilisation&#xa0;: herald-cli render --draft FILE [--recipient ID | --recipient-json JSON]
  Affiche le JSON de l&apos;activité que le brouillon produit pour un destinataire (espaces réservés remplis).
  --recipient ID       l&apos;un des destinataires d&apos;exemple (voir ci-dessous)
  --recipient-json J   {&quot;id&quot;:…,&quot;name&quot;:…,&quot;givenName&quot;:…,&quot;teamName&quot;:…,&quot;channelName&quot;:…}
  Sans destinataire, les espaces réservés prennent leurs valeurs de repli («&#xa0;there&#xa0;», «&#xa0;your team&#xa0;» …).</translation>
    </message>
    <message>
        <source>sample recipients:</source>
        <translation>destinataires d&apos;exemple&#xa0;:</translation>
    </message>
    <message>
        <source>There is no sample recipient &quot;%1&quot;. The samples are:
%2</source>
        <translation>Il n&apos;y a pas de destinataire d&apos;exemple «&#xa0;%1&#xa0;». Les exemples sont&#xa0;:
%2</translation>
    </message>
    <message>
        <source>--recipient-json needs a JSON object such as {&quot;id&quot;:&quot;29:…&quot;,&quot;name&quot;:&quot;Ana López&quot;}.</source>
        <translation>--recipient-json attend un objet JSON tel que {&quot;id&quot;:&quot;29:…&quot;,&quot;name&quot;:&quot;Ana López&quot;}.</translation>
    </message>
    <message>
        <source>herald-cli: error: %1</source>
        <translation>herald-cli&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>herald-cli: warning: %1</source>
        <translation>herald-cli&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::cli::Send</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--kind must be welcome or notification (a card needs --draft).</source>
        <translation>--kind doit valoir welcome ou notification (une carte nécessite --draft).</translation>
    </message>
    <message>
        <source>--global-rps needs a positive number.</source>
        <translation>--global-rps exige un nombre positif.</translation>
    </message>
    <message>
        <source>--max-in-flight needs a number from 1 to 64.</source>
        <translation>--max-in-flight exige un nombre compris entre 1 et 64.</translation>
    </message>
    <message>
        <source>These are not in the directory (import or sync first, or check the spelling): %1</source>
        <translation>Ces entrées ne figurent pas dans l&apos;annuaire (importez ou synchronisez d&apos;abord, ou vérifiez l&apos;orthographe)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 recipients: %2 to send (%3 first contacts, %4 channel posts), %5 left out.</source>
        <translation>Destinataires&#xa0;: %1&#xa0;; à envoyer&#xa0;: %2 (premiers contacts&#xa0;: %3, publications dans des canaux&#xa0;: %4)&#xa0;; exclus&#xa0;: %5.</translation>
    </message>
    <message>
        <source>  left out: %1 × %2</source>
        <translation>  exclus&#xa0;: %1 × %2</translation>
    </message>
    <message>
        <source>usage: herald-cli send --profile NAME (--draft FILE | --kind welcome|notification --title T --body B ...)
                       (--to-users FILE | --to-team ID | --to-channel ID)... [--json]
  --to-users FILE     one 29: id, email or UPN per line (# comments allowed)
  --to-team ID        every active member of the team (id or name); repeatable
  --to-channel ID     a new reply chain in the channel; repeatable
  message fields without a draft file: --why --offers --next-steps (welcome),
    --subject --actor --actions --opt-out (notification); --body is the welcome&apos;s
    offer or the notification&apos;s &apos;what happened&apos;
  --global-rps R      Teams&apos; global rate for this app (default from settings: 50)
  --max-in-flight N   requests on the wire at once (default 16)
  --embed-first-message  create 1:1 chats with the message inside (one request, no activity id)
  --title-of-campaign T  a name for the campaign (default: the draft&apos;s title)
Exit status: 0 when every recipient got the message or is known unreachable; 1 otherwise;
3 when paused (Ctrl+C, or an error that stops every send).</source>
        <translation>usage&#xa0;: herald-cli send --profile NOM (--draft FICHIER | --kind welcome|notification --title T --body B ...)
                       (--to-users FICHIER | --to-team ID | --to-channel ID)... [--json]
  --to-users FICHIER  un identifiant 29:, une adresse e-mail ou un UPN par ligne (commentaires avec #)
  --to-team ID        chaque membre actif de l&apos;équipe (identifiant ou nom)&#xa0;; répétable
  --to-channel ID     une nouvelle conversation dans le canal&#xa0;; répétable
  champs du message sans fichier de brouillon&#xa0;: --why --offers --next-steps (bienvenue),
    --subject --actor --actions --opt-out (notification)&#xa0;; --body est l&apos;offre du message
    de bienvenue ou le «&#xa0;ce qui s&apos;est passé&#xa0;» de la notification
  --global-rps R      le débit global de Teams pour cette application (par défaut selon les réglages&#xa0;: 50)
  --max-in-flight N   requêtes en cours en même temps (16 par défaut)
  --embed-first-message  créer les conversations 1:1 avec le message dedans (une requête, pas d&apos;identifiant d&apos;activité)
  --title-of-campaign T  un nom pour la campagne (par défaut&#xa0;: le titre du brouillon)
Code de sortie&#xa0;: 0 si chaque destinataire a reçu le message ou est connu comme injoignable&#xa0;; 1 sinon&#xa0;;
3 si la campagne est en pause (Ctrl+C, ou une erreur qui arrête tout envoi).</translation>
    </message>
</context>
<context>
    <name>herald::common</name>
    <message>
        <source>Herald could not find a folder for its data. Pass one with --data-dir or set HERALD_DATA_DIR.</source>
        <translation>Herald n&apos;a pas trouvé de dossier pour ses données. Indiquez-en un avec --data-dir ou définissez HERALD_DATA_DIR.</translation>
    </message>
    <message>
        <source>Herald could not create its data folder %1. Check that the disk is not full and that you may write there.</source>
        <translation>Herald n&apos;a pas pu créer son dossier de données %1. Vérifiez que le disque n&apos;est pas plein et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Herald may not write to its data folder %1.</source>
        <translation>Herald n&apos;est pas autorisé à écrire dans son dossier de données %1.</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <extracomment>Microsoft&apos;s id of a failed request, for support: &quot;correlation id 7f3c…&quot;.</extracomment>
        <translation>ID de corrélation %1</translation>
    </message>
</context>
<context>
    <name>herald::compose::BuiltinTemplates</name>
    <message>
        <source>Welcome, {givenName}!</source>
        <translation>Bienvenue {givenName}&#xa0;!</translation>
    </message>
    <message>
        <source>You&apos;re getting this message because Contoso IT added the *Updates* app to the **{teamName}** team.</source>
        <translation>Vous recevez ce message parce que Contoso IT a ajouté l&apos;application *Updates* à l&apos;équipe **{teamName}**.</translation>
    </message>
    <message>
        <source>Updates brings you the news that matters for your work:
- company announcements
- changes to IT services
- reminders before deadlines</source>
        <translation>Updates vous apporte les nouvelles utiles à votre travail&#xa0;:
- annonces de l&apos;entreprise
- changements dans les services informatiques
- rappels avant les échéances</translation>
    </message>
    <message>
        <source>Have a look at this week&apos;s announcements, and pin the app so you can find it again.</source>
        <translation>Consultez les annonces de la semaine et épinglez l&apos;application pour la retrouver facilement.</translation>
    </message>
    <message>
        <source>Open announcements</source>
        <translation>Ouvrir les annonces</translation>
    </message>
    <message>
        <source>Your expense report was approved</source>
        <translation>Votre note de frais a été approuvée</translation>
    </message>
    <message>
        <source>Hi {givenName}, your expense report was approved and will be paid with your next salary.</source>
        <translation>Bonjour {givenName}, votre note de frais a été approuvée et sera remboursée avec votre prochain salaire.</translation>
    </message>
    <message>
        <source>Expense report EX-1042</source>
        <translation>Note de frais EX-1042</translation>
    </message>
    <message>
        <source>Ana López (Finance)</source>
        <translation>Ana López (Finances)</translation>
    </message>
    <message>
        <source>Check the amounts. If something is wrong, tell Finance within five working days.</source>
        <translation>Vérifiez les montants. En cas d&apos;erreur, prévenez le service Finances sous cinq jours ouvrés.</translation>
    </message>
    <message>
        <source>View the report</source>
        <translation>Voir la note de frais</translation>
    </message>
    <message>
        <source>Contact Finance</source>
        <translation>Contacter le service Finances</translation>
    </message>
    <message>
        <source>You get these because you sent an expense report. To stop them, turn off *Expense updates* in [your settings](https://expenses.example.com/settings).</source>
        <translation>Vous recevez ces messages parce que vous avez envoyé une note de frais. Pour ne plus les recevoir, désactivez *Mises à jour des notes de frais* dans [vos paramètres](https://expenses.example.com/settings).</translation>
    </message>
    <message>
        <source>Office closed on Friday</source>
        <translation>Bureau fermé vendredi</translation>
    </message>
    <message>
        <source>Hi {givenName}, the Dublin office is closed this Friday for maintenance. Please work from home.</source>
        <translation>Bonjour {givenName}, le bureau de Dublin sera fermé ce vendredi pour maintenance. Merci de travailler depuis chez vous.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Dublin office, all floors</source>
        <translation>Bureau de Dublin, tous les étages</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>Annoncé par</translation>
    </message>
    <message>
        <source>Facilities team</source>
        <translation>Services généraux</translation>
    </message>
    <message>
        <source>You get facilities notices because you work in Dublin. Reply *stop* to opt out.</source>
        <translation>Vous recevez les avis des services généraux parce que vous travaillez à Dublin. Répondez *stop* pour vous désabonner.</translation>
    </message>
    <message>
        <source>More about the works</source>
        <translation>En savoir plus sur les travaux</translation>
    </message>
    <message>
        <source>Welcome message (built in)</source>
        <translation>Message de bienvenue (intégré)</translation>
    </message>
    <message>
        <source>Notification (built in)</source>
        <translation>Notification (intégrée)</translation>
    </message>
    <message>
        <source>Adaptive Card (built in)</source>
        <translation>Carte adaptative (intégrée)</translation>
    </message>
</context>
<context>
    <name>herald::compose::CardValidator</name>
    <message>
        <source>Paste or write an Adaptive Card (JSON) here.</source>
        <translation>Collez ou écrivez une carte adaptative (JSON) ici.</translation>
    </message>
    <message>
        <source>The card is not valid JSON: %1 on line %2.</source>
        <translation>La carte n&apos;est pas du JSON valide&#xa0;: %1 à la ligne %2.</translation>
    </message>
    <message>
        <source>The card must be one JSON object, starting with {.</source>
        <translation>La carte doit être un seul objet JSON, commençant par {.</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must be &quot;AdaptiveCard&quot;.</source>
        <translation>%1&#xa0;: «&#xa0;type&#xa0;» doit valoir «&#xa0;AdaptiveCard&#xa0;».</translation>
    </message>
    <message>
        <source>%1: give the card a &quot;version&quot; such as &quot;1.5&quot;.</source>
        <translation>%1&#xa0;: donnez à la carte une «&#xa0;version&#xa0;», par exemple «&#xa0;1.5&#xa0;».</translation>
    </message>
    <message>
        <source>%1: Teams shows Adaptive Cards up to version 1.5, not %2.</source>
        <translation>%1&#xa0;: Teams affiche les cartes adaptatives jusqu&apos;à la version 1.5, pas %2.</translation>
    </message>
    <message>
        <source>%1: Teams does not render HTML in cards; use markdown (**bold**, _italic_, [links](https://…)).</source>
        <translation>%1&#xa0;: Teams n&apos;affiche pas le HTML dans les cartes&#xa0;; utilisez le Markdown (**gras**, _italique_, [liens](https://…)).</translation>
    </message>
    <message>
        <source>%1: links must be http, https or mailto addresses.</source>
        <translation>%1&#xa0;: les liens doivent être des adresses http, https ou mailto.</translation>
    </message>
    <message>
        <source>%1: Teams shows images only from https addresses.</source>
        <translation>%1&#xa0;: Teams n&apos;affiche que les images provenant d&apos;adresses https.</translation>
    </message>
    <message>
        <source>%1 must be a list of elements.</source>
        <translation>%1 doit être une liste d&apos;éléments.</translation>
    </message>
    <message>
        <source>%1: every element needs a &quot;type&quot;.</source>
        <translation>%1&#xa0;: chaque élément doit avoir un «&#xa0;type&#xa0;».</translation>
    </message>
    <message>
        <source>%1: Teams does not know the element type &quot;%2&quot;.</source>
        <translation>%1&#xa0;: Teams ne connaît pas le type d&apos;élément «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: a ColumnSet holds only Columns, not &quot;%2&quot;.</source>
        <translation>%1&#xa0;: un ColumnSet ne contient que des Column, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a list of actions.</source>
        <translation>%1 doit être une liste d&apos;actions.</translation>
    </message>
    <message>
        <source>%1: Teams shows at most %2 actions together; this has %3.</source>
        <translation>%1&#xa0;: Teams affiche au plus %2 actions ensemble&#xa0;; il y en a ici %3.</translation>
    </message>
    <message>
        <source>%1: Herald sends only Action.OpenUrl, Action.Submit, Action.ShowCard and Action.ToggleVisibility, not &quot;%2&quot;.</source>
        <translation>%1&#xa0;: Herald n&apos;envoie que Action.OpenUrl, Action.Submit, Action.ShowCard et Action.ToggleVisibility, pas «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>herald::compose::Checklist</name>
    <message>
        <source>A title</source>
        <translation>Un titre</translation>
    </message>
    <message>
        <source>Give the message a title: Teams shows it in the notification.</source>
        <translation>Donnez un titre au message&#xa0;: Teams l&apos;affiche dans la notification.</translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation>Pourquoi ils le reçoivent</translation>
    </message>
    <message>
        <source>Say why they receive this: where the app was installed, and by whom.</source>
        <translation>Indiquez pourquoi ils reçoivent ce message&#xa0;: où l&apos;application a été installée, et par qui.</translation>
    </message>
    <message>
        <source>What the app offers</source>
        <translation>Ce que l&apos;application apporte</translation>
    </message>
    <message>
        <source>Say what the app offers them.</source>
        <translation>Indiquez ce que l&apos;application leur apporte.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>Say what to do next; a button helps.</source>
        <translation>Indiquez que faire ensuite&#xa0;; un bouton peut aider.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Indiquez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Qui l&apos;a fait</translation>
    </message>
    <message>
        <source>Say who did it.</source>
        <translation>Indiquez qui l&apos;a fait.</translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation>Ce qu&apos;ils peuvent faire</translation>
    </message>
    <message>
        <source>Say what they can do about it, or add a button.</source>
        <translation>Indiquez ce qu&apos;ils peuvent faire à ce sujet, ou ajoutez un bouton.</translation>
    </message>
    <message>
        <source>How to opt out</source>
        <translation>Comment se désabonner</translation>
    </message>
    <message>
        <source>Say how to opt out of these notifications.</source>
        <translation>Indiquez comment se désabonner de ces notifications.</translation>
    </message>
    <message>
        <source>A card Teams accepts</source>
        <translation>Une carte acceptée par Teams</translation>
    </message>
    <message>
        <source>Fix the card so Teams accepts it.</source>
        <translation>Corrigez la carte pour que Teams l&apos;accepte.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Objet concerné</translation>
    </message>
    <message>
        <source>Name what it is about; a link helps.</source>
        <translation>Indiquez l&apos;objet concerné&#xa0;; un lien peut aider.</translation>
    </message>
</context>
<context>
    <name>herald::compose::Draft</name>
    <message>
        <source>This file is not a Herald draft (its format is &quot;%1&quot;).</source>
        <translation>Ce fichier n&apos;est pas un brouillon Herald (son format est «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This draft was written by a newer Herald (format %1); update Herald to open it.</source>
        <translation>Ce brouillon a été écrit par une version plus récente de Herald (format %1)&#xa0;; mettez Herald à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Unknown draft kind &quot;%1&quot;: use welcome, notification or card.</source>
        <translation>Type de brouillon inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez welcome, notification ou card.</translation>
    </message>
    <message>
        <source>Unknown importance &quot;%1&quot;: use normal, high or urgent.</source>
        <translation>Importance inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez normal, high ou urgent.</translation>
    </message>
    <message>
        <source>The draft&apos;s &quot;card&quot; must be an Adaptive Card object.</source>
        <translation>Le champ «&#xa0;card&#xa0;» du brouillon doit être un objet de carte adaptative.</translation>
    </message>
</context>
<context>
    <name>herald::compose::DraftFile</name>
    <message>
        <source>Herald could not open %1: %2</source>
        <translation>Herald n&apos;a pas pu ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a draft or template.</source>
        <translation>%1 est trop volumineux pour être un brouillon ou un modèle.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation>%1 n&apos;est pas du JSON valide (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>Herald could not create the folder for %1.</source>
        <translation>Herald n&apos;a pas pu créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation>Herald n&apos;a pas pu écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Herald could not save %1: %2</source>
        <translation>Herald n&apos;a pas pu enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>herald::compose::MessageBuilder</name>
    <message>
        <source>Teams shows images only from https addresses; check the image link.</source>
        <translation>Teams n&apos;affiche que les images provenant d&apos;adresses https&#xa0;; vérifiez le lien de l&apos;image.</translation>
    </message>
    <message>
        <source>Give the button for %1 a label.</source>
        <translation>Donnez un libellé au bouton qui mène à %1.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a link starting with https://, http:// or mailto:.</source>
        <translation>Le bouton «&#xa0;%1&#xa0;» nécessite un lien commençant par https://, http:// ou mailto:.</translation>
    </message>
    <message>
        <source>Teams&apos; guidance is at most %1 buttons on a notification; this has %2.</source>
        <translation>Teams recommande au plus %1 boutons par notification&#xa0;; celle-ci en compte %2.</translation>
    </message>
    <message>
        <source>The link for &quot;%1&quot; must start with https://, http:// or mailto:.</source>
        <translation>Le lien de «&#xa0;%1&#xa0;» doit commencer par https://, http:// ou mailto:.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>This recipient has no name or id to @mention; the message goes without the mention.</source>
        <translation>Ce destinataire n&apos;a ni nom ni ID permettant de le @mentionner&#xa0;; le message part sans la mention.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder Herald knows, so it is sent as typed; use {givenName}, {name}, {teamName} or {channelName}.</source>
        <translation>{%1} n&apos;est pas un espace réservé connu de Herald&#xa0;; il est donc envoyé tel quel. Utilisez {givenName}, {name}, {teamName} ou {channelName}.</translation>
    </message>
</context>
<context>
    <name>herald::compose::MessageSize</name>
    <message>
        <source>The message is %1 KB; Teams refuses messages over 100 KB. Shorten the text or remove elements.</source>
        <translation>Le message fait %1 Ko&#xa0;; Teams refuse les messages de plus de 100 Ko. Raccourcissez le texte ou supprimez des éléments.</translation>
    </message>
    <message>
        <source>The message is %1 KB, close to Teams&apos; 100 KB limit; keep it under 80 KB.</source>
        <translation>Le message fait %1 Ko, près de la limite de 100 Ko de Teams&#xa0;; restez sous les 80 Ko.</translation>
    </message>
</context>
<context>
    <name>herald::compose::Placeholders</name>
    <message>
        <source>there</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>votre équipe</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>ce canal</translation>
    </message>
</context>
<context>
    <name>herald::compose::TemplateStore</name>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Aucun modèle ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Template names have at most %1 characters.</source>
        <translation>Les noms de modèle comportent au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in template; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d&apos;un modèle intégré&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be renamed; save a copy instead.</source>
        <translation>Les modèles intégrés ne peuvent pas être renommés&#xa0;; enregistrez-en plutôt une copie.</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Un modèle nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Herald could not remove the old file %1.</source>
        <translation>Herald n&apos;a pas pu supprimer l&apos;ancien fichier %1.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation>Les modèles intégrés ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>Herald could not delete %1.</source>
        <translation>Herald n&apos;a pas pu supprimer %1.</translation>
    </message>
</context>
<context>
    <name>herald::connector</name>
    <message>
        <source>Teams sent an answer Herald could not understand (%1).</source>
        <extracomment>%1 says what was wrong with the answer, e.g. &quot;roster entry 3 has no &quot;id&quot;&quot;.</extracomment>
        <translation>Teams a envoyé une réponse que Herald n&apos;a pas pu comprendre (%1).</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la réponse était vide</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <extracomment>%1 names a part of Teams&apos; answer, such as &quot;the conversation&quot; or &quot;roster entry 3&quot;; %2 is a JSON field.</extracomment>
        <translation>%1 n&apos;a pas de champ «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1&apos;s &quot;%2&quot; is not a string</source>
        <extracomment>%1 names a part of Teams&apos; answer, such as &quot;the conversation&quot; or &quot;roster entry 3&quot;; %2 is a JSON field.</extracomment>
        <translation>dans %1, le champ «&#xa0;%2&#xa0;» n&apos;est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>%1&apos;s &quot;%2&quot; is empty</source>
        <extracomment>%1 names a part of Teams&apos; answer, such as &quot;the conversation&quot; or &quot;roster entry 3&quot;; %2 is a JSON field.</extracomment>
        <translation>dans %1, le champ «&#xa0;%2&#xa0;» est vide</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>la conversation</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>l&apos;activité</translation>
    </message>
    <message>
        <source>the roster page has no &quot;members&quot;</source>
        <translation>la page de la liste des membres n&apos;a pas de champ «&#xa0;members&#xa0;»</translation>
    </message>
    <message>
        <source>the roster page&apos;s &quot;members&quot; is not a list</source>
        <translation>dans la page de la liste des membres, le champ «&#xa0;members&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>the roster page</source>
        <translation>la page de la liste des membres</translation>
    </message>
    <message>
        <source>roster entry %1 is not an object</source>
        <translation>l&apos;entrée %1 de la liste des membres n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>roster entry %1</source>
        <translation>l&apos;entrée %1 de la liste des membres</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>l&apos;équipe</translation>
    </message>
    <message>
        <source>the channel list has no &quot;conversations&quot; list</source>
        <translation>la liste des canaux n&apos;a pas de liste «&#xa0;conversations&#xa0;»</translation>
    </message>
    <message>
        <source>channel %1 is not an object</source>
        <translation>le canal %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>le canal %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The connection to Teams was closed.</source>
        <translation>La connexion à Teams a été fermée.</translation>
    </message>
    <message numerus="yes">
        <source>Teams sent an answer larger than %Ln MB, which Herald does not read.</source>
        <translation>
            <numerusform>Teams a envoyé une réponse de plus de %Ln Mo, que Herald ne lit pas.</numerusform>
            <numerusform>Teams a envoyé une réponse de plus de %Ln Mo, que Herald ne lit pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams sent an answer too large to read.</source>
        <translation>Teams a envoyé une réponse trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <source>The user id is missing.</source>
        <translation>L&apos;ID de l&apos;utilisateur est manquant.</translation>
    </message>
    <message>
        <source>The channel id is missing.</source>
        <translation>L&apos;ID du canal est manquant.</translation>
    </message>
    <message>
        <source>The conversation id is missing.</source>
        <translation>L&apos;ID de la conversation est manquant.</translation>
    </message>
    <message>
        <source>The conversation or activity id is missing.</source>
        <translation>L&apos;ID de la conversation ou de l&apos;activité est manquant.</translation>
    </message>
    <message>
        <source>The team id is missing.</source>
        <translation>L&apos;ID de l&apos;équipe est manquant.</translation>
    </message>
    <message>
        <source>Teams refused the request as invalid (a wrong id or an invalid message).</source>
        <translation>Teams a refusé la requête, qu&apos;il juge non valide (ID erroné ou message non valide).</translation>
    </message>
    <message>
        <source>Teams could not read the request; the message is malformed.</source>
        <translation>Teams n&apos;a pas pu lire la requête&#xa0;; le message est mal formé.</translation>
    </message>
    <message>
        <source>Teams does not accept this bot&apos;s credentials: the bot is not registered for this app id, or its token was refused. Check the profile.</source>
        <translation>Teams n&apos;accepte pas les identifiants de ce bot&#xa0;: le bot n&apos;est pas inscrit pour cet ID d&apos;application, ou son jeton a été refusé. Vérifiez le profil.</translation>
    </message>
    <message>
        <source>An administrator has disabled this app in the tenant.</source>
        <translation>Un administrateur a désactivé cette application dans le locataire.</translation>
    </message>
    <message>
        <source>The bot is no longer part of this conversation (it was removed or uninstalled).</source>
        <translation>Le bot ne fait plus partie de cette conversation (il a été retiré ou désinstallé).</translation>
    </message>
    <message>
        <source>This person has blocked the bot.</source>
        <translation>Cette personne a bloqué le bot.</translation>
    </message>
    <message>
        <source>The app is not installed for this person.</source>
        <translation>L&apos;application n&apos;est pas installée pour cette personne.</translation>
    </message>
    <message>
        <source>The bot does not have permission to post here.</source>
        <translation>Le bot n&apos;est pas autorisé à publier ici.</translation>
    </message>
    <message>
        <source>This tenant must be reached through its own service URL (a government cloud host); check the profile&apos;s cloud and service URL.</source>
        <translation>Ce locataire doit être joint via sa propre URL de service (un hôte de cloud gouvernemental)&#xa0;; vérifiez le cloud et l&apos;URL du service du profil.</translation>
    </message>
    <message>
        <source>This person has blocked the bot or removed the app, so Teams blocks new messages to them.</source>
        <translation>Cette personne a bloqué le bot ou supprimé l&apos;application&#xa0;: Teams bloque donc les nouveaux messages qui lui sont destinés.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The message no longer exists in this conversation.</source>
        <translation>Le message n&apos;existe plus dans cette conversation.</translation>
    </message>
    <message>
        <source>Teams was busy with this conversation; the request can be tried again.</source>
        <translation>Teams était occupé avec cette conversation&#xa0;; la requête peut être relancée.</translation>
    </message>
    <message>
        <source>The message is too large for Teams (over 100 KB); shorten it or remove images.</source>
        <translation>Le message est trop volumineux pour Teams (plus de 100 Ko)&#xa0;; raccourcissez-le ou supprimez des images.</translation>
    </message>
    <message>
        <source>Teams asked Herald to slow down; the request can be tried again later.</source>
        <translation>Teams a demandé à Herald de ralentir&#xa0;; la requête pourra être relancée plus tard.</translation>
    </message>
    <message>
        <source>Teams refused the request as invalid.</source>
        <translation>Teams a refusé la requête, qu&apos;il juge non valide.</translation>
    </message>
    <message>
        <source>Teams refused the bot&apos;s token; check the profile&apos;s app id, secret and cloud.</source>
        <translation>Teams a refusé le jeton du bot&#xa0;; vérifiez l&apos;ID d&apos;application, le secret et le cloud du profil.</translation>
    </message>
    <message>
        <source>Teams did not allow the bot to do this.</source>
        <translation>Teams n&apos;a pas autorisé le bot à effectuer cette opération.</translation>
    </message>
    <message>
        <source>Teams could not find this conversation, team or message.</source>
        <translation>Teams n&apos;a pas trouvé cette conversation, cette équipe ou ce message.</translation>
    </message>
    <message>
        <source>Teams did not answer in time; the request can be tried again.</source>
        <translation>Teams n&apos;a pas répondu à temps&#xa0;; la requête peut être relancée.</translation>
    </message>
    <message>
        <source>The message is too large for Teams; shorten it or remove images.</source>
        <translation>Le message est trop volumineux pour Teams&#xa0;; raccourcissez-le ou supprimez des images.</translation>
    </message>
    <message>
        <source>Teams had an internal error.</source>
        <translation>Teams a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>Teams is temporarily unavailable; the request can be tried again.</source>
        <translation>Teams est temporairement indisponible&#xa0;; la requête peut être relancée.</translation>
    </message>
    <message>
        <source>Teams answered with a redirect, which Herald does not follow with credentials.</source>
        <translation>Teams a répondu par une redirection, que Herald ne suit pas lorsqu&apos;il envoie des identifiants.</translation>
    </message>
    <message>
        <source>Teams answered with an unexpected error (HTTP %1).</source>
        <translation>Teams a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>herald::connector::ConnectionCheck</name>
    <message>
        <source>Enter the bot&apos;s client secret.</source>
        <translation>Saisissez le secret client du bot.</translation>
    </message>
    <message>
        <source>Connected: Microsoft&apos;s sign-in service accepted the app ID and secret for tenant %1.</source>
        <translation>Connecté&#xa0;: le service de connexion de Microsoft a accepté l&apos;ID d&apos;application et le secret pour le locataire %1.</translation>
    </message>
    <message>
        <source>Signed in, but Teams refused to show the team: %1</source>
        <translation>Connexion réussie, mais Teams a refusé d&apos;afficher l&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected: signed in and reached the team &quot;%1&quot; through Teams.</source>
        <translation>Connecté&#xa0;: connexion réussie et équipe «&#xa0;%1&#xa0;» atteinte via Teams.</translation>
    </message>
</context>
<context>
    <name>herald::delivery</name>
    <message>
        <source>Campaign %1 is being sent by another Herald (process %2 on %3).</source>
        <translation>La campagne %1 est en cours d&apos;envoi par une autre instance de Herald (processus %2 sur %3).</translation>
    </message>
    <message>
        <source>Herald could not create the lock file for campaign %1.</source>
        <translation>Herald n&apos;a pas pu créer le fichier de verrou de la campagne %1.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>La campagne %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The message was on its way when Herald stopped; whether it arrived is not known.</source>
        <translation>Le message était en route quand Herald s&apos;est arrêté&#xa0;; on ne sait pas s&apos;il est arrivé.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>About %1 for %2 messages (%3 requests at %4 per second).</source>
        <translation>Environ %1 pour %2 messages (%3 requêtes à %4 par seconde).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Non envoyé (annulé)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::delivery::CampaignManager</name>
    <message>
        <source>The audience is empty: choose people, teams or channels.</source>
        <translation>L&apos;audience est vide&#xa0;: choisissez des personnes, des équipes ou des canaux.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody in the audience can receive the message: the %Ln chosen are all unreachable.</source>
        <translation>
            <numerusform>Personne dans l&apos;audience ne peut recevoir le message&#xa0;: la seule personne choisie est injoignable.</numerusform>
            <numerusform>Personne dans l&apos;audience ne peut recevoir le message&#xa0;: les %Ln personnes choisies sont toutes injoignables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::delivery::CampaignRunner</name>
    <message>
        <source>Campaign %1 is %2; there is nothing left to send.</source>
        <translation>La campagne %1 est %2&#xa0;; il ne reste rien à envoyer.</translation>
    </message>
</context>
<context>
    <name>herald::delivery::FailureRules</name>
    <message>
        <source>Herald stopped waiting for Teams&apos; answer; whether the message arrived is not known.</source>
        <translation>Herald a cessé d&apos;attendre la réponse de Teams&#xa0;; on ne sait pas si le message est arrivé.</translation>
    </message>
    <message>
        <source>Teams could not be reached %1 times in a row; the campaign is paused. Check the network, then resume. (%2)</source>
        <translation>Teams n&apos;a pas pu être joint %1 fois de suite&#xa0;; la campagne est en pause. Vérifiez le réseau, puis reprenez-la. (%2)</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (abandon après %2 tentatives)</translation>
    </message>
    <message>
        <source>%1 (Teams: %2)</source>
        <extracomment>%1 is Herald&apos;s sentence, %2 the error message Teams itself sent (in English).</extracomment>
        <translation>%1 (Teams&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Teams did not answer after %Ln attempt(s); whether the message arrived is not known. (%1)</source>
        <translation>
            <numerusform>Teams n&apos;a pas répondu après %Ln tentative&#xa0;; on ne sait pas si le message est arrivé. (%1)</numerusform>
            <numerusform>Teams n&apos;a pas répondu après %Ln tentatives&#xa0;; on ne sait pas si le message est arrivé. (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams refused the bot&apos;s credentials even with a fresh token (HTTP 401); the campaign is paused. Check the profile&apos;s app id, client secret and tenant, then resume.</source>
        <translation>Teams a refusé les identifiants du bot même avec un jeton tout neuf (HTTP 401)&#xa0;; la campagne est en pause. Vérifiez l&apos;identifiant d&apos;application, le secret client et le locataire du profil, puis reprenez.</translation>
    </message>
</context>
<context>
    <name>herald::directory</name>
    <message>
        <source>There is no team &quot;%1&quot; in the directory. List them with &quot;herald-cli teams&quot;, or import or sync first.</source>
        <translation>L&apos;annuaire ne contient aucune équipe «&#xa0;%1&#xa0;». Affichez la liste avec «&#xa0;herald-cli teams&#xa0;», ou importez ou synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is not in the directory.</source>
        <translation>%1 ne figure pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Unnamed team (%1)</source>
        <translation>Équipe sans nom (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Pas encore contacté</translation>
    </message>
    <message>
        <source>No chat with the bot yet; Herald will try to start one when you send.</source>
        <translation>Pas encore de conversation avec le bot&#xa0;; Herald essaiera d&apos;en démarrer une lors de l&apos;envoi.</translation>
    </message>
    <message>
        <source>They removed the app.</source>
        <translation>La personne a supprimé l&apos;application.</translation>
    </message>
    <message>
        <source>The bot was removed from their chat.</source>
        <translation>Le bot a été retiré de sa conversation.</translation>
    </message>
    <message>
        <source>They blocked the bot.</source>
        <translation>La personne a bloqué le bot.</translation>
    </message>
    <message>
        <source>The app is not installed for them.</source>
        <translation>L&apos;application n&apos;est pas installée pour cette personne.</translation>
    </message>
    <message>
        <source>The bot is not in their conversation.</source>
        <translation>Le bot ne fait pas partie de sa conversation.</translation>
    </message>
    <message>
        <source>Teams refused messages to them.</source>
        <translation>Teams a refusé les messages destinés à cette personne.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>The line is longer than %1 MB.</source>
        <translation>La ligne dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>La ligne n&apos;est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote in field %1.</source>
        <translation>Texte inattendu après un guillemet fermant dans le champ %1.</translation>
    </message>
    <message>
        <source>A quote in the middle of field %1; quote the whole field and double the quote.</source>
        <translation>Guillemet au milieu du champ %1&#xa0;; mettez tout le champ entre guillemets et doublez le guillemet.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>Herald could not read %1: %2</source>
        <translation>Herald n&apos;a pas pu lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The line is not an activity Herald can read.</source>
        <translation>La ligne n&apos;est pas une activité que Herald peut lire.</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>%1 champs attendus, comme dans l&apos;en-tête&#xa0;; %2 trouvés.</translation>
    </message>
    <message>
        <source>The record cannot be read.</source>
        <translation>L&apos;enregistrement ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The CSV header (line %1) cannot be read: %2</source>
        <translation>L&apos;en-tête CSV (ligne %1) est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CSV file has no &quot;id&quot; column. Its first line must name the columns, for example id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId.</source>
        <translation>Le fichier CSV n&apos;a pas de colonne «&#xa0;id&#xa0;». Sa première ligne doit nommer les colonnes, par exemple id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains spaces or control characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a Teams id starting with &quot;%2&quot;.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas un ID Teams commençant par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The serviceUrl is not an http(s) address.</source>
        <translation>Le champ serviceUrl n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; is not an object.</source>
        <translation>Une entrée de «&#xa0;%1&#xa0;» n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a list.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has too many entries.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient trop d&apos;entrées.</translation>
    </message>
    <message>
        <source>The line is not valid JSON (%1 at character %2).</source>
        <translation>La ligne n&apos;est pas du JSON valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>La ligne n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The activity has no &quot;type&quot;.</source>
        <translation>L&apos;activité n&apos;a pas de «&#xa0;type&#xa0;».</translation>
    </message>
    <message>
        <source>Not an install event: the activity type is &quot;%1&quot;, not conversationUpdate or installationUpdate.</source>
        <translation>Ce n&apos;est pas un événement d&apos;installation&#xa0;: le type d&apos;activité est «&#xa0;%1&#xa0;», et non conversationUpdate ou installationUpdate.</translation>
    </message>
    <message>
        <source>Group chats are not part of the directory.</source>
        <translation>Les conversations de groupe ne font pas partie de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Unknown conversationType &quot;%1&quot;.</source>
        <translation>conversationType inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown installationUpdate action &quot;%1&quot;.</source>
        <translation>Action installationUpdate inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The event names no user (an id starting with &quot;29:&quot;) in from, membersAdded or membersRemoved.</source>
        <translation>L&apos;événement ne désigne aucun utilisateur (un ID commençant par «&#xa0;29:&#xa0;») dans from, membersAdded ou membersRemoved.</translation>
    </message>
    <message>
        <source>The bot is no longer in any team of theirs, and they have no chat with it.</source>
        <translation>Le bot ne fait plus partie d’aucune de leurs équipes, et ils n’ont pas de conversation avec lui.</translation>
    </message>
</context>
<context>
    <name>herald::directory::DirectorySync</name>
    <message>
        <source>The sync was cancelled; it will resume where it stopped.</source>
        <translation>La synchronisation a été annulée&#xa0;; elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s) could not be synced. The first: %1</source>
        <translation>
            <numerusform>%Ln équipe n&apos;a pas pu être synchronisée&#xa0;: %1</numerusform>
            <numerusform>%Ln équipes n&apos;ont pas pu être synchronisées. La première&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::directory::RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
</context>
<context>
    <name>herald::directory::TeamTreeModel</name>
    <message>
        <source>%1 — the bot was removed from this team</source>
        <translation>%1 — le bot a été retiré de cette équipe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>herald::store</name>
    <message>
        <source>Herald could not load its SQLite driver (QSQLITE).</source>
        <translation>Herald n&apos;a pas pu charger son pilote SQLite (QSQLITE).</translation>
    </message>
    <message>
        <source>Herald could not read its database %1.</source>
        <translation>Herald n&apos;a pas pu lire sa base de données %1.</translation>
    </message>
    <message>
        <source>Herald&apos;s database %1 was made by a newer version of Herald (schema %2; this one knows %3). Update Herald to open it.</source>
        <translation>La base de données %1 de Herald a été créée par une version plus récente de Herald (schéma %2&#xa0;; cette version connaît le schéma %3). Mettez Herald à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The disk is full, so Herald could not save its data. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: Herald n&apos;a pas pu enregistrer ses données. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Herald&apos;s database %1 is damaged or is not a Herald database. Herald left it untouched; move it away (or restore a backup) and start again.</source>
        <translation>La base de données %1 de Herald est endommagée ou n&apos;est pas une base Herald. Herald n&apos;y a pas touché&#xa0;; déplacez-la (ou restaurez une sauvegarde) et recommencez.</translation>
    </message>
    <message>
        <source>Herald&apos;s database is busy in another window or program. Close it and try again.</source>
        <translation>La base de données de Herald est occupée par une autre fenêtre ou un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Herald may not write to its database %1.</source>
        <translation>Herald n&apos;est pas autorisé à écrire dans sa base de données %1.</translation>
    </message>
    <message>
        <source>Herald could not open its database %1. Check that the folder exists and that you may write there.</source>
        <translation>Herald n&apos;a pas pu ouvrir sa base de données %1. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Herald could not read or write its database %1: the disk reported an error.</source>
        <translation>Herald n&apos;a pas pu lire ou écrire sa base de données %1&#xa0;: le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>Herald&apos;s database failed: %1</source>
        <translation>Échec de la base de données de Herald&#xa0;: %1</translation>
    </message>
    <message>
        <source>Herald&apos;s SQLite driver did not give access to the database it opened.</source>
        <translation>Le pilote SQLite de Herald n&apos;a pas donné accès à la base de données qu&apos;il a ouverte.</translation>
    </message>
</context>
<context>
    <name>herald::ui::AppController</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot;…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Signing in as &quot;%1&quot;…</source>
        <translation>Connexion en tant que «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in to the sandbox tenant at %1</source>
        <translation>Connecté au locataire du bac à sable à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Signed in as &quot;%1&quot; (tenant %2)</source>
        <translation>Connecté en tant que «&#xa0;%1&#xa0;» (locataire %2)</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>Herald could not open its database, so the directory is empty and nothing can be imported: %1</source>
        <translation>Herald n&apos;a pas pu ouvrir sa base de données&#xa0;; l&apos;annuaire est donc vide et aucune importation n&apos;est possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>the sandbox&apos;s organisation</source>
        <translation>l&apos;organisation du bac à sable</translation>
    </message>
    <message>
        <source>Herald will use the chosen language from its next start.</source>
        <translation>Herald utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Sign in to send.</source>
        <translation>Connectez-vous pour envoyer.</translation>
    </message>
    <message>
        <source>Check the audience and send (Ctrl+Return).</source>
        <translation>Vérifiez l&apos;audience et envoyez (Ctrl+Entrée).</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignJobs</name>
    <message>
        <source>Herald could not store the campaign, so nothing was sent: %1</source>
        <translation>Herald n&apos;a pas pu enregistrer la campagne&#xa0;; rien n&apos;a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The campaign was stored, then cancelled before any message went out.</source>
        <translation>La campagne a été enregistrée, puis annulée avant l&apos;envoi du moindre message.</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignListModel</name>
    <message>
        <source>Created by %1 with the profile &quot;%2&quot;</source>
        <translation>Créée par %1 avec le profil «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignNotifier</name>
    <message>
        <source>&quot;%1&quot; finished: %2 delivered, %3 unreachable, %4 failed, %5 uncertain.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» est terminée (remis&#xa0;: %2, injoignables&#xa0;: %3, échecs&#xa0;: %4, incertains&#xa0;: %5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled: %2 delivered, %3 not sent.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» a été annulée (remis&#xa0;: %2, non envoyés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; paused: %2</source>
        <translation>La campagne «&#xa0;%1&#xa0;» est en pause&#xa0;: %2</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>This desktop has neither a system tray nor a notification service.</source>
        <translation>Ce bureau n&apos;a ni zone de notification ni service de notifications.</translation>
    </message>
    <message>
        <source>There is no desktop session bus for notifications.</source>
        <translation>Il n&apos;y a pas de bus de session du bureau pour les notifications.</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service did not answer (%1).</source>
        <translation>Le service de notifications du bureau n&apos;a pas répondu (%1).</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignRecipientModel</name>
    <message>
        <source>Activity id: %1</source>
        <translation>ID d&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
    <message>
        <source>A request was cut off after it left: this person may have received the message twice.</source>
        <translation>Une requête a été interrompue après son départ&#xa0;: cette personne a peut-être reçu le message deux fois.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignRecoveryBanner</name>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 sent, %5 uncertain, %6 still to send</source>
        <translation>%1 — %2 (envoyés&#xa0;: %3 sur %4, incertains&#xa0;: %5, restant à envoyer&#xa0;: %6)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s) did not finish. Resume sends to those not sent yet. Uncertain recipients may or may not have received the message (Herald stopped while their request was on its way): resend to them only if a second copy is better than none.</source>
        <translation>
            <numerusform>%Ln campagne ne s&apos;est pas terminée. «&#xa0;Reprendre&#xa0;» envoie le message aux destinataires qui ne l&apos;ont pas encore reçu. Les destinataires incertains ont peut-être reçu le message, ou peut-être pas (Herald s&apos;est arrêté alors que leur requête était en route)&#xa0;: ne le leur renvoyez que si un second exemplaire vaut mieux qu&apos;aucun.</numerusform>
            <numerusform>%Ln campagnes ne se sont pas terminées. «&#xa0;Reprendre&#xa0;» envoie le message aux destinataires qui ne l&apos;ont pas encore reçu. Les destinataires incertains ont peut-être reçu le message, ou peut-être pas (Herald s&apos;est arrêté alors que leur requête était en route)&#xa0;: ne le leur renvoyez que si un second exemplaire vaut mieux qu&apos;aucun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignReportView</name>
    <message>
        <source>Loading the report…</source>
        <translation>Chargement du rapport…</translation>
    </message>
    <message>
        <source>Herald could not read the report: %1</source>
        <translation>Herald n&apos;a pas pu lire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(aucun code)</translation>
    </message>
    <message>
        <source>May have received it twice</source>
        <translation>Peut l&apos;avoir reçu deux fois</translation>
    </message>
    <message>
        <source>Herald could not read the recipients: %1</source>
        <translation>Herald n&apos;a pas pu lire les destinataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first %1 of %2; Export CSV… has them all.</source>
        <translation>Les %1 premiers sur %2&#xa0;; «&#xa0;Exporter en CSV…&#xa0;» les contient tous.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s).</source>
        <translation>
            <numerusform>%Ln destinataire.</numerusform>
            <numerusform>%Ln destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Choisissez d&apos;abord une campagne.</translation>
    </message>
    <message>
        <source>Wait for the export in progress, or stop it.</source>
        <translation>Attendez la fin de l&apos;exportation en cours, ou arrêtez-la.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 recipients</source>
        <translation>Exportation des destinataires&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>campaign-%1.csv</source>
        <translation>campagne-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Another campaign is shown now: choose Export CSV… again.</source>
        <translation>Une autre campagne est affichée maintenant&#xa0;: choisissez à nouveau «&#xa0;Exporter en CSV…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignSendThread</name>
    <message>
        <source>Campaign %1 was made with the profile &quot;%2&quot;; sign in with it to resume it.</source>
        <translation>La campagne %1 a été créée avec le profil «&#xa0;%2&#xa0;»&#xa0;; connectez-vous avec ce profil pour la reprendre.</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignWorker</name>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;exportation a été annulée</translation>
    </message>
    <message>
        <source>Sending was cancelled before the campaign was stored; nothing was sent.</source>
        <translation>L&apos;envoi a été annulé avant l&apos;enregistrement de la campagne&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The campaign was stored, then cancelled before any message went out.</source>
        <translation>La campagne a été enregistrée, puis annulée avant l&apos;envoi du moindre message.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; le fichier %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation>Herald n&apos;a pas pu écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignsPage</name>
    <message>
        <source>Campaign status</source>
        <translation>État de la campagne</translation>
    </message>
    <message>
        <source>Herald could not open its database, so there are no campaigns.</source>
        <translation>Herald n&apos;a pas pu ouvrir sa base de données&#xa0;; il n&apos;y a donc aucune campagne.</translation>
    </message>
    <message>
        <source>Herald could not open its database, so it cannot send.</source>
        <translation>Herald n&apos;a pas pu ouvrir sa base de données&#xa0;; il ne peut donc pas envoyer.</translation>
    </message>
    <message>
        <source>The campaign is stored but did not start: %1</source>
        <translation>La campagne est enregistrée, mais n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Herald&apos;s database is not open.</source>
        <translation>La base de données de Herald n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Sign in first: campaigns are sent through the signed-in bot.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: les campagnes sont envoyées via le bot connecté.</translation>
    </message>
    <message>
        <source>Herald could not list the campaigns: %1</source>
        <translation>Herald n&apos;a pas pu lister les campagnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel the campaign?</source>
        <translation>Annuler la campagne&#xa0;?</translation>
    </message>
    <message>
        <source>Nobody who has not received &quot;%1&quot; yet will get it. Those already sent to keep it.</source>
        <translation>Les destinataires qui n&apos;ont pas encore reçu «&#xa0;%1&#xa0;» ne le recevront pas. Ceux à qui il a déjà été envoyé le conservent.</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Annuler la campagne</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Continuer l&apos;envoi</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Choisissez d&apos;abord une campagne.</translation>
    </message>
    <message>
        <source>Herald could not check for interrupted campaigns: %1</source>
        <translation>Herald n&apos;a pas pu rechercher les campagnes interrompues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Time left: working it out…</source>
        <translation>Temps restant&#xa0;: calcul en cours…</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Encore environ %1</translation>
    </message>
    <message>
        <source>%1 messages/s
%2 requests/s, %3 throttled</source>
        <translation>%1 messages/s
%2 requêtes/s, limitées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sign in to resume.</source>
        <translation>Connectez-vous pour reprendre.</translation>
    </message>
    <message>
        <source>Go on sending (Space).</source>
        <translation>Continuer l&apos;envoi (Espace).</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;: %2% at %3 msg/s</source>
        <translation>Envoi de «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;% à %3 msg/s</translation>
    </message>
    <message numerus="yes">
        <source>Storing the campaign for %1 recipient(s) before the first message…</source>
        <translation>
            <numerusform>Enregistrement de la campagne pour %1 destinataire avant le premier message…</numerusform>
            <numerusform>Enregistrement de la campagne pour %1 destinataires avant le premier message…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend to the uncertain recipients?</source>
        <translation>Renvoyer aux destinataires incertains&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of &quot;%1&quot; may or may not have received it: the request left but no answer came. Sending again reaches those who did not get it, and those who did get it twice.</source>
        <translation>
            <numerusform>%Ln destinataire de «&#xa0;%1&#xa0;» l&apos;a peut-être reçu, peut-être pas&#xa0;: la requête est partie mais aucune réponse n&apos;est venue. Le renvoyer l&apos;atteint s&apos;il ne l&apos;a pas reçu&#xa0;; sinon, il le recevra deux fois.</numerusform>
            <numerusform>%Ln destinataires de «&#xa0;%1&#xa0;» l&apos;ont peut-être reçu, peut-être pas&#xa0;: la requête est partie mais aucune réponse n&apos;est venue. Le renvoyer atteint ceux qui ne l&apos;ont pas reçu, et les autres le recevront deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend to %1</source>
        <translation>Renvoyer à %1</translation>
    </message>
    <message>
        <source>Don&apos;t resend</source>
        <translation>Ne pas renvoyer</translation>
    </message>
    <message>
        <source>Sign in to resend.</source>
        <translation>Connectez-vous pour renvoyer.</translation>
    </message>
    <message>
        <source>Send again to the recipients whose answer never came (they may get it twice).</source>
        <translation>Envoie à nouveau aux destinataires dont la réponse n&apos;est jamais arrivée (ils pourraient le recevoir deux fois).</translation>
    </message>
</context>
<context>
    <name>herald::ui::CardPreview</name>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Adaptive Card</source>
        <translation>Carte adaptative</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>[%1 — shown in Teams]</source>
        <translation>[%1 — affiché dans Teams]</translation>
    </message>
    <message>
        <source>Image unavailable</source>
        <translation>Image indisponible</translation>
    </message>
    <message>
        <source>The message as Teams shows it to the chosen recipient</source>
        <translation>Le message tel que Teams l&apos;affiche au destinataire choisi</translation>
    </message>
</context>
<context>
    <name>herald::ui::ComposeView</name>
    <message>
        <source>Herald could not keep your draft on disk: %1</source>
        <translation>Herald n&apos;a pas pu conserver votre brouillon sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Rename template…</source>
        <translation>&amp;Renommer le modèle…</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>&amp;Export template…</source>
        <translation>E&amp;xporter le modèle…</translation>
    </message>
    <message>
        <source>Save draft as &amp;file…</source>
        <translation>Enregistrer le brouillon dans un &amp;fichier…</translation>
    </message>
    <message>
        <source>Sign in to send.</source>
        <translation>Connectez-vous pour envoyer.</translation>
    </message>
    <message>
        <source>Herald could not read your last draft: %1</source>
        <translation>Herald n&apos;a pas pu lire votre dernier brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone with no details (fallbacks)</source>
        <translation>Une personne sans informations (valeurs de repli)</translation>
    </message>
    <message>
        <source>%1 KB of Teams&apos; 100 KB</source>
        <translation>%1 Ko sur les 100 Ko de Teams</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing: %1. %2</source>
        <translation>Manquant&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Everything Teams asks for is there.</source>
        <translation>Tout ce que Teams demande est présent.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) of Teams&apos; guidance missing.</source>
        <translation>
            <numerusform>Il manque %Ln point des recommandations de Teams.</numerusform>
            <numerusform>Il manque %Ln points des recommandations de Teams.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Utiliser le modèle</translation>
    </message>
    <message>
        <source>Replace what you have written with the template &quot;%1&quot;?</source>
        <translation>Remplacer ce que vous avez écrit par le modèle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation>Remplacer le modèle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Choose one of your own templates to rename; built-in ones stay as they are.</source>
        <translation>Choisissez l&apos;un de vos propres modèles à renommer&#xa0;; les modèles intégrés restent tels quels.</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Choose one of your own templates to delete; built-in ones stay.</source>
        <translation>Choisissez l&apos;un de vos propres modèles à supprimer&#xa0;; les modèles intégrés sont conservés.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Herald templates and drafts (*.json)</source>
        <translation>Modèles et brouillons Herald (*.json)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Herald templates (*.json)</source>
        <translation>Modèles Herald (*.json)</translation>
    </message>
    <message>
        <source>Save draft as file</source>
        <translation>Enregistrer le brouillon dans un fichier</translation>
    </message>
    <message>
        <source>Herald drafts (*.json)</source>
        <translation>Brouillons Herald (*.json)</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <source>&amp;Restore previous draft</source>
        <translation>&amp;Récupérer le brouillon précédent</translation>
    </message>
    <message>
        <source>Start an empty message; the one being written is kept as the previous draft</source>
        <translation>Commencer un message vide&#xa0;; celui en cours de rédaction est conservé comme brouillon précédent</translation>
    </message>
    <message>
        <source>Bring back the message written before New message</source>
        <translation>Récupérer le message rédigé avant «&#xa0;Nouveau message&#xa0;»</translation>
    </message>
    <message>
        <source>Herald could not keep the previous draft on disk: %1</source>
        <translation>Herald n&apos;a pas pu conserver le brouillon précédent sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryJobs</name>
    <message>
        <source>The sync stopped because the bot changed; it will resume where it stopped.</source>
        <translation>La synchronisation s&apos;est arrêtée, car le bot a changé&#xa0;; elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>%1 was not imported: another directory job is running.</source>
        <translation>Impossible d&apos;importer %1&#xa0;: une autre tâche d&apos;annuaire est en cours.</translation>
    </message>
    <message>
        <source>%1 was not imported: Herald imports install events as JSON lines (.jsonl, .json, .ndjson) and people as CSV (.csv).</source>
        <translation>Impossible d&apos;importer %1&#xa0;: Herald importe les événements d&apos;installation au format JSON Lines (.jsonl, .json, .ndjson) et les personnes au format CSV (.csv).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Importing %1: %2 records read…</source>
        <translation>Importation de %1&#xa0;: %2 enregistrements lus…</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled after %2 records; what was read is kept.</source>
        <translation>L&apos;importation de %1 a été annulée après %2 enregistrements&#xa0;; ce qui a été lu est conservé.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>%1 could not be saved to a temporary file: %2</source>
        <translation>Impossible d&apos;enregistrer %1 dans un fichier temporaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Le téléchargement de %1 a été annulé.</translation>
    </message>
    <message>
        <source>The sync did not start: another directory job is running.</source>
        <translation>La synchronisation n&apos;a pas démarré&#xa0;: une autre tâche d&apos;annuaire est en cours.</translation>
    </message>
    <message>
        <source>Sign in to a bot to sync the directory.</source>
        <translation>Connectez-vous à un bot pour synchroniser l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Syncing team %1 of %2: %3 members so far…</source>
        <translation>Synchronisation de l&apos;équipe %1 sur %2&#xa0;: %3 membres jusqu&apos;ici…</translation>
    </message>
    <message>
        <source>Syncing the directory…</source>
        <translation>Synchronisation de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>The sync was cancelled after %1 of %2 teams; it will resume where it stopped.</source>
        <translation>La synchronisation a été annulée après %1 équipes sur %2&#xa0;; elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Synced %1 of %2 teams: %3 members.</source>
        <translation>Équipes synchronisées&#xa0;: %1 sur %2&#xa0;; membres&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln who left a team are marked as having left.</source>
        <translation>
            <numerusform>%Ln personne qui a quitté une équipe est indiquée comme partie.</numerusform>
            <numerusform>%Ln personnes qui ont quitté une équipe sont indiquées comme parties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s) failed; the first: %1</source>
        <translation>
            <numerusform>%Ln équipe en échec&#xa0;: %1</numerusform>
            <numerusform>%Ln équipes en échec&#xa0;; la première&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1: %2 KB…</source>
        <translation>Téléchargement de %1&#xa0;: %2 Ko…</translation>
    </message>
    <message>
        <source>There are no teams to sync yet: import the bot&apos;s install events first (File → Import into directory…).</source>
        <translation>Aucune équipe à synchroniser pour l&apos;instant&#xa0;: importez d&apos;abord les événements d&apos;installation du bot (Fichier → Importer dans l&apos;annuaire…).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) from %1 (people: %2, teams: %3).</source>
        <translation>
            <numerusform>%Ln enregistrement importé depuis %1 (personnes&#xa0;: %2, équipes&#xa0;: %3).</numerusform>
            <numerusform>%Ln enregistrements importés depuis %1 (personnes&#xa0;: %2, équipes&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected — %1.</source>
        <comment>%1: the first rejected lines with their reasons, ; separated</comment>
        <translation>
            <numerusform>%Ln ligne refusée — %1.</numerusform>
            <numerusform>%Ln lignes refusées — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates rejected lines</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message numerus="yes">
        <source>It resumed an interrupted sync: %Ln team(s) already synced then were not fetched again.</source>
        <translation>
            <numerusform>Elle a repris une synchronisation interrompue&#xa0;: %Ln équipe déjà synchronisée alors n’a pas été récupérée à nouveau.</numerusform>
            <numerusform>Elle a repris une synchronisation interrompue&#xa0;: %Ln équipes déjà synchronisées alors n’ont pas été récupérées à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryPage</name>
    <message>
        <source>&amp;Directory</source>
        <translation>A&amp;nnuaire</translation>
    </message>
    <message>
        <source>&amp;Import into directory…</source>
        <translation>&amp;Importer dans l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Import the bot&apos;s install events (.jsonl) or a CSV of people</source>
        <translation>Importer les événements d&apos;installation du bot (.jsonl) ou un fichier CSV de personnes</translation>
    </message>
    <message>
        <source>S&amp;ync directory</source>
        <translation>&amp;Synchroniser l&apos;annuaire</translation>
    </message>
    <message>
        <source>Refresh teams, channels and rosters from Teams through the signed-in bot</source>
        <translation>Actualiser les équipes, les canaux et les listes des membres depuis Teams via le bot connecté</translation>
    </message>
    <message>
        <source>&amp;Cancel import or sync</source>
        <translation>Annu&amp;ler l&apos;importation ou la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Find people</source>
        <translation>&amp;Rechercher des personnes</translation>
    </message>
    <message>
        <source>&amp;Add to audience</source>
        <translation>&amp;Ajouter à l&apos;audience</translation>
    </message>
    <message>
        <source>Add the selected people to the audience of the next message</source>
        <translation>Ajouter les personnes sélectionnées à l&apos;audience du prochain message</translation>
    </message>
    <message>
        <source>Sync the directory from Teams (F5)</source>
        <translation>Synchroniser l&apos;annuaire depuis Teams (F5)</translation>
    </message>
    <message>
        <source>Sign in to a bot to sync the directory</source>
        <translation>Connectez-vous à un bot pour synchroniser l&apos;annuaire</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>Importer dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Install events and people (*.jsonl *.json *.ndjson *.csv)</source>
        <translation>Événements d&apos;installation et personnes (*.jsonl *.json *.ndjson *.csv)</translation>
    </message>
    <message>
        <source>Install events as JSON lines (*.jsonl *.json *.ndjson)</source>
        <translation>Événements d&apos;installation en JSON Lines (*.jsonl *.json *.ndjson)</translation>
    </message>
    <message>
        <source>People as CSV (*.csv)</source>
        <translation>Personnes en CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing can be imported: the directory&apos;s database is not open.</source>
        <translation>Aucune importation possible&#xa0;: la base de données de l&apos;annuaire n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The directory is not available.</source>
        <translation>L&apos;annuaire n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>in the directory</source>
        <translation>dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln people to the audience.</source>
        <translation>
            <numerusform>%Ln personne ajoutée à l&apos;audience.</numerusform>
            <numerusform>%Ln personnes ajoutées à l&apos;audience.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in it.</source>
        <translation>
            <numerusform>%Ln y figurait déjà.</numerusform>
            <numerusform>%Ln y figuraient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audience: %Ln people</source>
        <translation>
            <numerusform>Audience&#xa0;: %Ln personne</numerusform>
            <numerusform>Audience&#xa0;: %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty.</source>
        <translation>L&apos;audience est vide.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (quittée)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Pas encore créée</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Sélectionnez une personne pour afficher ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) %1</source>
        <translation>
            <numerusform>%Ln personne %1</numerusform>
            <numerusform>%Ln personnes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) %1 matching &quot;%2&quot;</source>
        <translation>
            <numerusform>%Ln personne %1 correspondant à «&#xa0;%2&#xa0;»</numerusform>
            <numerusform>%Ln personnes %1 correspondant à «&#xa0;%2&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — preparing the search…</source>
        <comment>%1: the count of people shown</comment>
        <translation>%1 — préparation de la recherche…</translation>
    </message>
</context>
<context>
    <name>herald::ui::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>À propos de Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Send welcome messages and notifications to Microsoft Teams through your organisation&apos;s bot.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and QtKeychain %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Envoyez des messages de bienvenue et des notifications dans Microsoft Teams via le bot de votre organisation.&lt;/p&gt;&lt;p&gt;Distribué sous licence MIT.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (exécuté sur Qt %3) et QtKeychain %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>herald::ui::SendDialog</name>
    <message>
        <source>Send this message through &quot;%1&quot;.</source>
        <translation>Envoyer ce message via «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; through &quot;%2&quot;.</source>
        <translation>Envoyer «&#xa0;%1&#xa0;» via «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Herald could not list the teams: %1</source>
        <translation>Herald n&apos;a pas pu lister les équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bot is no longer installed in this team.</source>
        <translation>Le bot n&apos;est plus installé dans cette équipe.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people in the audience list</source>
        <translation>
            <numerusform>%Ln personne de la liste d&apos;audience</numerusform>
            <numerusform>Les %Ln personnes de la liste d&apos;audience</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald could not work out the audience: %1</source>
        <translation>Herald n&apos;a pas pu déterminer l&apos;audience&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) will get this message.</source>
        <translation>
            <numerusform>%Ln destinataire recevra ce message.</numerusform>
            <numerusform>%Ln destinataires recevront ce message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: the bot cannot reach them.</source>
        <translation>
            <numerusform>%Ln personne exclue&#xa0;: le bot ne peut pas la joindre.</numerusform>
            <numerusform>%Ln personnes exclues&#xa0;: le bot ne peut pas les joindre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen entry(s) matched nobody.</source>
        <translation>
            <numerusform>%Ln entrée choisie ne correspond à personne.</numerusform>
            <numerusform>%Ln entrées choisies ne correspondent à personne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) get a first message from the bot: their chat is created first.</source>
        <translation>
            <numerusform>%Ln personne reçoit un premier message du bot&#xa0;: sa conversation est d&apos;abord créée.</numerusform>
            <numerusform>%Ln personnes reçoivent un premier message du bot&#xa0;: leur conversation est d&apos;abord créée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retries and throttling by Teams come on top.</source>
        <translation>Les nouvelles tentatives et la limitation de débit par Teams s&apos;y ajoutent.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Exclus (%1)</translation>
    </message>
    <message>
        <source>Not found (%1)</source>
        <translation>Introuvables (%1)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %Ln recipient(s)</source>
        <translation>
            <numerusform>&amp;Envoyer à %Ln destinataire</numerusform>
            <numerusform>&amp;Envoyer à %Ln destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this audience can be sent to.</source>
        <translation>Personne dans cette audience ne peut recevoir le message.</translation>
    </message>
    <message>
        <source>Preview: nobody to send to yet.</source>
        <translation>Aperçu&#xa0;: aucun destinataire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Preview for %1, the first recipient:</source>
        <translation>Aperçu pour %1, le premier destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>This message cannot be sent: %1</source>
        <translation>Ce message ne peut pas être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Cancel without sending</source>
        <translation>Annuler sans envoyer</translation>
    </message>
    <message numerus="yes">
        <source>a 1:1 message to each of %Ln member(s)</source>
        <translation>
            <numerusform>un message individuel à %Ln membre</numerusform>
            <numerusform>un message individuel à chacun des %Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team %1: a personal message to each of its %Ln member(s)</source>
        <translation>
            <numerusform>Équipe %1&#xa0;: un message individuel à %Ln membre</numerusform>
            <numerusform>Équipe %1&#xa0;: un message individuel à chacun de ses %Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams or channels in the directory yet.</source>
        <translation>Aucune équipe ni aucun canal dans l&apos;annuaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Herald could not list the channels: %1</source>
        <translation>Herald n&apos;a pas pu lister les canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source>one post in the channel</source>
        <translation>une publication dans le canal</translation>
    </message>
    <message>
        <source>Channel %1 of %2: one new post</source>
        <translation>Canal %1 de l&apos;équipe %2&#xa0;: une nouvelle publication</translation>
    </message>
    <message>
        <source>Herald cannot work out the audience any more: its campaigns page is gone.</source>
        <translation>Herald ne peut plus déterminer l&apos;audience&#xa0;: sa page Campagnes n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Working out who gets the message…</source>
        <translation>Détermination des destinataires du message…</translation>
    </message>
    <message>
        <source>Nobody is chosen yet: add people to the audience in the directory, or check a team or a channel.</source>
        <translation>Personne n&apos;est encore choisi&#xa0;: ajoutez des personnes à l&apos;audience dans l&apos;annuaire, ou cochez une équipe ou un canal.</translation>
    </message>
    <message>
        <source>Start the campaign: send to every recipient counted above</source>
        <translation>Lancer la campagne&#xa0;: envoyer à tous les destinataires comptés ci-dessus</translation>
    </message>
    <message>
        <source>Go back to the composer; nothing is sent</source>
        <translation>Revenir à la rédaction&#xa0;; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>The audience list is empty (add people on the Directory page)</source>
        <translation>La liste d&apos;audience est vide (ajoutez des personnes depuis la page Annuaire)</translation>
    </message>
</context>
<context>
    <name>herald::ui::SignInDialog</name>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Saved. The secret is in your system&apos;s keychain.</source>
        <translation>Enregistré. Le secret se trouve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Enter your bot&apos;s details from its Azure app registration, or try the sandbox.</source>
        <translation>Saisissez les informations de votre bot issues de son inscription d&apos;application Azure, ou essayez le bac à sable.</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Enter the bot&apos;s client secret.</source>
        <translation>Saisissez le secret client du bot.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secret from your keychain? The bot itself is not changed.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et son secret de votre trousseau&#xa0;? Le bot lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but the keychain kept its secret: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé, mais le trousseau a conservé son secret&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Close the dialog without signing in</source>
        <translation>Fermer la boîte de dialogue sans se connecter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>herald::ui::ThroughputChart</name>
    <message>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>No messages sent in the last minute.</source>
        <translation>Aucun message envoyé au cours de la dernière minute.</translation>
    </message>
    <message>
        <source>%1 messages per second now; peak %2 in the last minute.</source>
        <translation>%1 messages par seconde actuellement&#xa0;; pic de %2 au cours de la dernière minute.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Send proactive Microsoft Teams messages through your organisation&apos;s bot.</source>
        <translation>Envoyer des messages proactifs dans Microsoft Teams via le bot de votre organisation.</translation>
    </message>
    <message>
        <source>Run against Herald&apos;s built-in simulated Teams tenant.</source>
        <translation>Exécuter avec le locataire Teams simulé intégré à Herald.</translation>
    </message>
    <message>
        <source>Open the bot profile NAME.</source>
        <translation>Ouvrir le profil de bot NAME.</translation>
    </message>
    <message>
        <source>Keep settings and data in DIR.</source>
        <translation>Conserver les paramètres et les données dans DIR.</translation>
    </message>
    <message>
        <source>Open the main window, check it, and exit.</source>
        <translation>Ouvrir la fenêtre principale, la vérifier, puis quitter.</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Print how long the directory took to appear, and exit.</source>
        <translation>Afficher le temps qu&apos;a mis l&apos;annuaire à apparaître, puis quitter.</translation>
    </message>
    <message>
        <source>Save a picture of a page (directory, composer or campaign) to FILE and exit.</source>
        <translation>Enregistrer une image d&apos;une page (directory, composer ou campaign) dans FILE, puis quitter.</translation>
    </message>
    <message>
        <source>--screenshot %1 needs a FILE to write.</source>
        <translation>--screenshot %1 a besoin d&apos;un fichier (FILE) où écrire.</translation>
    </message>
</context>
</TS>
