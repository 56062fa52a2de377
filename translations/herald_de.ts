<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CampaignRecoveryBanner</name>
    <message>
        <source>Interrupted campaigns</source>
        <translation>Unterbrochene Kampagnen</translation>
    </message>
    <message>
        <source>Campaigns to resume</source>
        <translation>Fortzusetzende Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the chosen campaign</source>
        <translation>Ausgewählte Kampagne fortsetzen</translation>
    </message>
    <message>
        <source>Send to those not sent yet; the uncertain ones are not sent again.</source>
        <translation>Sendet an die Empfänger, an die noch nicht gesendet wurde; ungewisse Empfänger erhalten die Nachricht nicht erneut.</translation>
    </message>
    <message>
        <source>Resume and resend &amp;uncertain</source>
        <translation>Fortsetzen und an &amp;Ungewisse erneut senden</translation>
    </message>
    <message>
        <source>Resume and resend uncertain</source>
        <translation>Fortsetzen und an Ungewisse erneut senden</translation>
    </message>
    <message>
        <source>Also send again to the uncertain recipients: some of them may get the message twice.</source>
        <translation>Auch an die ungewissen Empfänger erneut senden: Einige von ihnen erhalten die Nachricht dann möglicherweise doppelt.</translation>
    </message>
    <message>
        <source>&amp;List uncertain</source>
        <translation>Ungewisse auf&amp;listen</translation>
    </message>
    <message>
        <source>List the uncertain recipients</source>
        <translation>Ungewisse Empfänger auflisten</translation>
    </message>
    <message>
        <source>L&amp;eave</source>
        <translation>&amp;Belassen</translation>
    </message>
    <message>
        <source>Leave the campaigns as they are</source>
        <translation>Kampagnen unverändert lassen</translation>
    </message>
    <message>
        <source>They stay paused; resume them later from the list.</source>
        <translation>Sie bleiben pausiert; setzen Sie sie später über die Liste fort.</translation>
    </message>
    <message>
        <source>Campaigns that stopped before they finished; choose one to resume it or leave it</source>
        <translation>Kampagnen, die vor ihrem Ende angehalten wurden; wählen Sie eine aus, um sie fortzusetzen oder ruhen zu lassen</translation>
    </message>
    <message>
        <source>List the recipients whose message may or may not have arrived</source>
        <translation>Die Empfänger auflisten, bei denen ungewiss ist, ob die Nachricht angekommen ist</translation>
    </message>
</context>
<context>
    <name>CampaignReportView</name>
    <message>
        <source>Campaign report</source>
        <translation>Kampagnenbericht</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Counts by state and error code</source>
        <translation>Anzahl nach Status und Fehlercode</translation>
    </message>
    <message>
        <source>State / code</source>
        <translation>Status / Code</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Recipients in state</source>
        <translation>Empfänger mit Status</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Every recipient with state, code, message, activity id, time and correlation id.</source>
        <translation>Alle Empfänger mit Status, Code, Meldung, Aktivitäts-ID, Zeit und Korrelations-ID.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Stop e&amp;xport</source>
        <translation>E&amp;xport abbrechen</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Stops writing the CSV file; no partial file is left.</source>
        <translation>Beendet das Schreiben der CSV-Datei; es bleibt keine unvollständige Datei zurück.</translation>
    </message>
    <message>
        <source>How many recipients are in each state, and the error codes of those that failed</source>
        <translation>Wie viele Empfänger in welchem Status sind, und die Fehlercodes der fehlgeschlagenen</translation>
    </message>
    <message>
        <source>Show only the recipients in this state</source>
        <translation>Nur die Empfänger in diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Each recipient of the campaign with their state and the reason</source>
        <translation>Jeder Empfänger der Kampagne mit seinem Status und dem Grund</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Every campaign with its status and progress. Space pauses or resumes the selected one.</source>
        <translation>Alle Kampagnen mit Status und Fortschritt. Die Leertaste pausiert die ausgewählte Kampagne oder setzt sie fort.</translation>
    </message>
    <message>
        <source>Progress of the selected campaign</source>
        <translation>Fortschritt der ausgewählten Kampagne</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Senden pausieren</translation>
    </message>
    <message>
        <source>Stop sending new messages (Space).</source>
        <translation>Keine neuen Nachrichten mehr senden (Leertaste).</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Senden fortsetzen</translation>
    </message>
    <message>
        <source>Go on sending (Space).</source>
        <translation>Weiter senden (Leertaste).</translation>
    </message>
    <message>
        <source>&amp;Cancel sending…</source>
        <translation>Senden &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Campaign being stored</source>
        <translation>Kampagne wird gespeichert</translation>
    </message>
    <message>
        <source>Storing the campaign</source>
        <translation>Speichern der Kampagne</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t send</source>
        <translation>Nicht sen&amp;den</translation>
    </message>
    <message>
        <source>Do not send the campaign being stored</source>
        <translation>Die Kampagne, die gerade gespeichert wird, nicht senden</translation>
    </message>
    <message>
        <source>Stops before the first message: a campaign already stored is marked cancelled.</source>
        <translation>Hält vor der ersten Nachricht an: Eine bereits gespeicherte Kampagne wird als abgebrochen markiert.</translation>
    </message>
    <message>
        <source>Stops the campaign: those still waiting will not get the message.</source>
        <translation>Beendet die Kampagne: Empfänger, an die noch nicht gesendet wurde, erhalten die Nachricht nicht mehr.</translation>
    </message>
    <message>
        <source>Resen&amp;d uncertain…</source>
        <translation>An Ungewisse erneut sen&amp;den…</translation>
    </message>
    <message>
        <source>Resend to the uncertain recipients</source>
        <translation>An die ungewissen Empfänger erneut senden</translation>
    </message>
    <message>
        <source>Send again to the recipients whose answer never came (they may get it twice).</source>
        <translation>Sendet erneut an die Empfänger, deren Antwort nie kam (sie erhalten die Nachricht vielleicht doppelt).</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Art der Nachricht</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Willkommensnachricht</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Adaptive Card (expert)</source>
        <translation>Adaptive Card (Expertenmodus)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>Ver&amp;wenden</translation>
    </message>
    <message>
        <source>Use the chosen template</source>
        <translation>Ausgewählte Vorlage verwenden</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>Vorlagenaktionen</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E.g. Welcome, {givenName}!</source>
        <translation>Z. B. Willkommen, {givenName}!</translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation>Wichtig&amp;keit:</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Show in the activity &amp;feed</source>
        <translation>Im Aktivitäts&amp;feed anzeigen</translation>
    </message>
    <message>
        <source>Activity-feed alert</source>
        <translation>Hinweis im Aktivitätsfeed</translation>
    </message>
    <message>
        <source>@&amp;mention the recipient</source>
        <translation>Empfänger @&amp;erwähnen</translation>
    </message>
    <message>
        <source>Mention the recipient</source>
        <translation>Empfänger erwähnen</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>Image link</source>
        <translation>Bildlink</translation>
    </message>
    <message>
        <source>https://… (optional, shown beside the title)</source>
        <translation>https://… (optional, wird neben dem Titel angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Why they get it:</source>
        <translation>&amp;Grund für den Erhalt:</translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation>Grund für den Erhalt</translation>
    </message>
    <message>
        <source>Where the app was installed, and by whom. E.g. &quot;Contoso IT added Updates to the {teamName} team.&quot;</source>
        <translation>Wo die App installiert wurde und von wem. Z. B. „Contoso IT hat Updates zu {teamName} hinzugefügt.“</translation>
    </message>
    <message>
        <source>What it &amp;offers:</source>
        <translation>Was die App b&amp;ietet:</translation>
    </message>
    <message>
        <source>What the app offers</source>
        <translation>Was die App bietet</translation>
    </message>
    <message>
        <source>What the app does for them. Lists work: start lines with &quot;- &quot;.</source>
        <translation>Was die App für die Empfänger tut. Listen sind möglich: Beginnen Sie die Zeilen mit &quot;- &quot;.</translation>
    </message>
    <message>
        <source>What to do &amp;next:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>The first thing to do, e.g. &quot;Pin the app so you can find it again.&quot;</source>
        <translation>Der erste Schritt, z. B. „Heften Sie die App an, damit Sie sie wiederfinden.“</translation>
    </message>
    <message>
        <source>&amp;Button:</source>
        <translation>S&amp;chaltfläche:</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>Beschriftung der Schaltfläche</translation>
    </message>
    <message>
        <source>Label, e.g. Open announcements</source>
        <translation>Beschriftung, z. B. Ankündigungen öffnen</translation>
    </message>
    <message>
        <source>Button link</source>
        <translation>Link der Schaltfläche</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Was ist &amp;geschehen:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>E.g. &quot;Your expense report was approved.&quot;</source>
        <translation>Z. B. „Ihre Spesenabrechnung wurde genehmigt.“</translation>
    </message>
    <message>
        <source>E.g. Expense report EX-1042</source>
        <translation>Z. B. Spesenabrechnung EX-1042</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>Who &amp;did it:</source>
        <translation>Ausge&amp;löst von:</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <source>E.g. Ana López (Finance)</source>
        <translation>Z. B. Ana López (Finanzen)</translation>
    </message>
    <message>
        <source>What they can d&amp;o:</source>
        <translation>Was sie tun kö&amp;nnen:</translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation>Was sie tun können</translation>
    </message>
    <message>
        <source>What they can do about it.</source>
        <translation>Was sie daraufhin tun können.</translation>
    </message>
    <message>
        <source>Button &amp;1:</source>
        <translation>Schaltfläche &amp;1:</translation>
    </message>
    <message>
        <source>Button 1 label</source>
        <translation>Beschriftung von Schaltfläche 1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Button 1 link</source>
        <translation>Link von Schaltfläche 1</translation>
    </message>
    <message>
        <source>Button &amp;2:</source>
        <translation>Schaltfläche &amp;2:</translation>
    </message>
    <message>
        <source>Button 2 label</source>
        <translation>Beschriftung von Schaltfläche 2</translation>
    </message>
    <message>
        <source>Button 2 link</source>
        <translation>Link von Schaltfläche 2</translation>
    </message>
    <message>
        <source>Button &amp;3:</source>
        <translation>Schaltfläche &amp;3:</translation>
    </message>
    <message>
        <source>Button 3 label</source>
        <translation>Beschriftung von Schaltfläche 3</translation>
    </message>
    <message>
        <source>Button 3 link</source>
        <translation>Link von Schaltfläche 3</translation>
    </message>
    <message>
        <source>How to o&amp;pt out:</source>
        <translation>Wie sie sich ab&amp;melden:</translation>
    </message>
    <message>
        <source>How to opt out</source>
        <translation>Wie sie sich abmelden</translation>
    </message>
    <message>
        <source>E.g. &quot;To stop these, turn off Expense updates in your settings.&quot;</source>
        <translation>Z. B. „Wenn Sie diese Nachrichten nicht mehr erhalten möchten, deaktivieren Sie Spesen-Updates in Ihren Einstellungen.“</translation>
    </message>
    <message>
        <source>Adaptive &amp;Card (JSON, version 1.5 or lower):</source>
        <translation>Adaptive &amp;Card (JSON, Version 1.5 oder niedriger):</translation>
    </message>
    <message>
        <source>Adaptive Card JSON</source>
        <translation>JSON der Adaptive Card</translation>
    </message>
    <message>
        <source>Placeholders: {givenName}, {name}, {teamName}, {channelName}. Markdown: **bold**, _italic_, [link](https://…), lists.</source>
        <translation>Platzhalter: {givenName}, {name}, {teamName}, {channelName}. Markdown: **fett**, _kursiv_, [Link](https://…), Listen.</translation>
    </message>
    <message>
        <source>Teams&apos; checklist</source>
        <translation>Checkliste von Teams</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>V&amp;orschau für:</translation>
    </message>
    <message>
        <source>Sample recipient</source>
        <translation>Beispielempfänger</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Preview theme</source>
        <translation>Design der Vorschau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Preview and JSON</source>
        <translation>Vorschau und JSON</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Vorsc&amp;hau</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Activity JSON</source>
        <translation>Aktivitäts-JSON</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>JSON ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the activity JSON</source>
        <translation>Aktivitäts-JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>New message started</source>
        <translation>Neue Nachricht begonnen</translation>
    </message>
    <message>
        <source>A new message is started. The one you were writing is kept.</source>
        <translation>Eine neue Nachricht wurde begonnen. Die Nachricht, an der Sie geschrieben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore previous draft</source>
        <translation>Vorherigen Entwurf wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>Restore the previous draft</source>
        <translation>Vorherigen Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the note</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
    <message>
        <source>The card as the sample recipient will see it in Teams; arrow keys scroll it.</source>
        <translation>Die Karte, wie der Beispielempfänger sie in Teams sehen wird; mit den Pfeiltasten scrollen Sie darin.</translation>
    </message>
    <message>
        <source>Brings back the message you were writing before New message; the new one becomes the previous draft.</source>
        <translation>Holt die Nachricht zurück, an der Sie vor „Neue Nachricht“ geschrieben haben; die neue Nachricht wird zum vorherigen Entwurf.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Wor&amp;um es geht:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Link to the subject</source>
        <translation>Link zu dem, worum es geht</translation>
    </message>
    <message>
        <source>Hide the note about the previous draft</source>
        <translation>Den Hinweis auf den vorherigen Entwurf ausblenden</translation>
    </message>
    <message>
        <source>A welcome message, a notification, or your own Adaptive Card</source>
        <translation>Eine Willkommensnachricht, eine Benachrichtigung oder Ihre eigene Adaptive Card</translation>
    </message>
    <message>
        <source>Built-in templates and your own; Use fills the form with the chosen one</source>
        <translation>Mitgelieferte und eigene Vorlagen; „Verwenden“ füllt das Formular mit der gewählten aus</translation>
    </message>
    <message>
        <source>Fill the form with the chosen template</source>
        <translation>Das Formular mit der gewählten Vorlage ausfüllen</translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export templates, or save the draft as a file</source>
        <translation>Vorlagen speichern, umbenennen, löschen, importieren oder exportieren, oder den Entwurf als Datei speichern</translation>
    </message>
    <message>
        <source>The heading of the message; placeholders such as {givenName} are filled in for each recipient</source>
        <translation>Die Überschrift der Nachricht; Platzhalter wie {givenName} werden für jeden Empfänger ausgefüllt</translation>
    </message>
    <message>
        <source>Normal, high or urgent: how prominently Teams marks the message</source>
        <translation>Normal, hoch oder dringend: wie deutlich Teams die Nachricht hervorhebt</translation>
    </message>
    <message>
        <source>Also notify each person in their Teams activity feed</source>
        <translation>Jede Person zusätzlich in ihrem Aktivitätsfeed in Teams benachrichtigen</translation>
    </message>
    <message>
        <source>Start the message with an @mention of each recipient</source>
        <translation>Die Nachricht mit einer @Erwähnung des jeweiligen Empfängers beginnen</translation>
    </message>
    <message>
        <source>Web address of a PNG, JPEG or GIF image shown beside the title (optional)</source>
        <translation>Webadresse eines PNG-, JPEG- oder GIF-Bildes, das neben dem Titel erscheint (optional)</translation>
    </message>
    <message>
        <source>Why they are receiving this message: where the app was installed, and by whom</source>
        <translation>Warum die Person diese Nachricht erhält: wo die App installiert wurde und von wem</translation>
    </message>
    <message>
        <source>What the app does for them; lines starting with &quot;- &quot; become a list</source>
        <translation>Was die App für die Person tut; Zeilen, die mit „- “ beginnen, werden zur Liste</translation>
    </message>
    <message>
        <source>The first thing the person should do</source>
        <translation>Das Erste, was die Person tun sollte</translation>
    </message>
    <message>
        <source>Text on the button that leads to the next step</source>
        <translation>Beschriftung der Schaltfläche, die zum nächsten Schritt führt</translation>
    </message>
    <message>
        <source>The web address the next-step button opens</source>
        <translation>Die Webadresse, die die Schaltfläche für den nächsten Schritt öffnet</translation>
    </message>
    <message>
        <source>The event this notification is about</source>
        <translation>Das Ereignis, um das es in dieser Benachrichtigung geht</translation>
    </message>
    <message>
        <source>What it happened to, such as a document or a request</source>
        <translation>Worum es geht, etwa ein Dokument oder ein Antrag</translation>
    </message>
    <message>
        <source>A web address where the subject can be opened (optional)</source>
        <translation>Eine Webadresse, unter der sich der Gegenstand öffnen lässt (optional)</translation>
    </message>
    <message>
        <source>The person or team who did it</source>
        <translation>Die Person oder das Team, von der bzw. dem es ausging</translation>
    </message>
    <message>
        <source>What the person can do about it</source>
        <translation>Was die Person dagegen oder dafür tun kann</translation>
    </message>
    <message>
        <source>Text on the first button (optional)</source>
        <translation>Beschriftung der ersten Schaltfläche (optional)</translation>
    </message>
    <message>
        <source>The web address the first button opens</source>
        <translation>Die Webadresse, die die erste Schaltfläche öffnet</translation>
    </message>
    <message>
        <source>Text on the second button (optional)</source>
        <translation>Beschriftung der zweiten Schaltfläche (optional)</translation>
    </message>
    <message>
        <source>The web address the second button opens</source>
        <translation>Die Webadresse, die die zweite Schaltfläche öffnet</translation>
    </message>
    <message>
        <source>Text on the third button (optional)</source>
        <translation>Beschriftung der dritten Schaltfläche (optional)</translation>
    </message>
    <message>
        <source>The web address the third button opens</source>
        <translation>Die Webadresse, die die dritte Schaltfläche öffnet</translation>
    </message>
    <message>
        <source>How the person can stop receiving these notifications</source>
        <translation>Wie die Person diese Benachrichtigungen abbestellen kann</translation>
    </message>
    <message>
        <source>Your own Adaptive Card, version 1.5 or earlier, as JSON</source>
        <translation>Ihre eigene Adaptive Card, Version 1.5 oder älter, als JSON</translation>
    </message>
    <message>
        <source>What Teams&apos; guidance asks a message to say, and which points are still missing</source>
        <translation>Was eine Nachricht laut den Empfehlungen von Teams enthalten soll und welche Punkte noch fehlen</translation>
    </message>
    <message>
        <source>Whose details fill the placeholders in the preview</source>
        <translation>Wessen Angaben die Platzhalter in der Vorschau füllen</translation>
    </message>
    <message>
        <source>Show the preview in Teams&apos; light or dark theme</source>
        <translation>Die Vorschau im hellen oder dunklen Design von Teams anzeigen</translation>
    </message>
    <message>
        <source>The card as Teams shows it, and the exact JSON that will be sent</source>
        <translation>Die Karte, wie Teams sie zeigt, und genau das JSON, das gesendet wird</translation>
    </message>
    <message>
        <source>The activity JSON Herald sends for the sample recipient (read-only)</source>
        <translation>Das Aktivitäts-JSON, das Herald für den Beispielempfänger sendet (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Copy the activity JSON to the clipboard</source>
        <translation>Das Aktivitäts-JSON in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Check the audience, the recipient count and the time estimate, then send (Ctrl+Return)</source>
        <translation>Zielgruppe, Empfängerzahl und geschätzte Dauer prüfen, dann senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Teams, channels and people the bot can reach</source>
        <translation>Teams, Kanäle und Personen, die der Bot erreichen kann</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import install events (.jsonl) or people (.csv) into the directory</source>
        <translation>Installationsereignisse (.jsonl) oder Personen (.csv) in das Verzeichnis importieren</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Refresh teams, channels and rosters from Teams</source>
        <translation>Teams, Kanäle und Mitgliederlisten aus Teams aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, email or sign-in name (Ctrl+F)</source>
        <translation>Name, E-Mail-Adresse oder Anmeldename (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Filters the people list as you type: part of a name, email or sign-in name</source>
        <translation>Filtert die Personenliste während der Eingabe: Teil eines Namens, einer E-Mail-Adresse oder eines Anmeldenamens</translation>
    </message>
    <message>
        <source>Directory message</source>
        <translation>Verzeichnismeldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>&amp;All people</source>
        <translation>&amp;Alle Personen</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Show everyone in the directory instead of one team</source>
        <translation>Alle Personen im Verzeichnis statt nur eines Teams anzeigen</translation>
    </message>
    <message>
        <source>Teams and channels</source>
        <translation>Teams und Kanäle</translation>
    </message>
    <message>
        <source>Choose a team to list its members</source>
        <translation>Wählen Sie ein Team aus, um seine Mitglieder aufzulisten</translation>
    </message>
    <message>
        <source>People shown</source>
        <translation>Angezeigte Personen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People in the chosen team or matching the search; select several to add them to the audience</source>
        <translation>Personen im ausgewählten Team oder passend zur Suche; wählen Sie mehrere aus, um sie zur Zielgruppe hinzuzufügen</translation>
    </message>
    <message>
        <source>Add to audience</source>
        <translation>Zur Zielgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected people to the audience of the next message</source>
        <translation>Ausgewählte Personen zur Zielgruppe der nächsten Nachricht hinzufügen</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Größe der Zielgruppe</translation>
    </message>
    <message>
        <source>C&amp;lear audience</source>
        <translation>Zielgruppe &amp;leeren</translation>
    </message>
    <message>
        <source>Clear audience</source>
        <translation>Zielgruppe leeren</translation>
    </message>
    <message>
        <source>Remove everyone from the audience</source>
        <translation>Alle Personen aus der Zielgruppe entfernen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Personendetails</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person aus, um ihre Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Sign-in name:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Reachable:</source>
        <translation>Erreichbar:</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation>Letzte Nachricht:</translation>
    </message>
    <message>
        <source>Last message sent</source>
        <translation>Zuletzt gesendete Nachricht</translation>
    </message>
    <message>
        <source>Chat id:</source>
        <translation>Chat-ID:</translation>
    </message>
    <message>
        <source>Personal chat id</source>
        <translation>ID des persönlichen Chats</translation>
    </message>
    <message>
        <source>Directory job</source>
        <translation>Verzeichnisauftrag</translation>
    </message>
    <message>
        <source>Directory job progress</source>
        <translation>Fortschritt des Verzeichnisauftrags</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import or sync; what was already stored is kept</source>
        <translation>Import oder Synchronisierung beenden; bereits Gespeichertes bleibt erhalten</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
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
        <translation>Über Herald</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Herald&lt;/h2&gt;&lt;p&gt;Send welcome messages and event notifications to people and channels in Microsoft Teams, through your organisation&apos;s Teams bot.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Herald&lt;/h2&gt;&lt;p&gt;Senden Sie Willkommensnachrichten und Ereignisbenachrichtigungen an Personen und Kanäle in Microsoft Teams – über den Teams-Bot Ihrer Organisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Sign in or switch bot…</source>
        <translation>&amp;Anmelden oder Bot wechseln…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Über Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Herald&apos;s pages: the directory of people and teams, the composer and the campaigns</source>
        <translation>Die Seiten von Herald: das Verzeichnis der Personen und Teams, das Verfassen und die Kampagnen</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Check who will get the message, who is left out and how long it will take, then send it.</source>
        <translation>Prüfen Sie, wer die Nachricht erhält, wer ausgelassen wird und wie lange es dauert, und senden Sie sie dann.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>People in the audience list</source>
        <translation>Personen in der Zielgruppenliste</translation>
    </message>
    <message>
        <source>Send to the people in the audience list</source>
        <translation>An die Personen in der Zielgruppenliste senden</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Time estimate</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>People left out</source>
        <translation>Ausgelassene Personen</translation>
    </message>
    <message>
        <source>People the bot cannot reach, with the reason; no request is made for them.</source>
        <translation>Personen, die der Bot nicht erreichen kann, mit Grund; für sie wird keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Entries that matched nobody</source>
        <translation>Einträge ohne Treffer</translation>
    </message>
    <message>
        <source>Preview for the first recipient</source>
        <translation>Vorschau für den ersten Empfänger</translation>
    </message>
    <message>
        <source>Check a team to send each of its members a personal (1:1) message; someone in several checked teams gets it once. Check a channel to post the message there once, as a new conversation everyone in the channel sees.</source>
        <translation>Setzen Sie bei einem Team ein Häkchen, um jedem seiner Mitglieder eine persönliche (1:1-)Nachricht zu senden; wer in mehreren angehakten Teams ist, erhält sie nur einmal. Setzen Sie bei einem Kanal ein Häkchen, um die Nachricht dort einmal zu veröffentlichen – als neue Unterhaltung, die alle im Kanal sehen.</translation>
    </message>
    <message>
        <source>&amp;Teams (to each member) and channels (one post):</source>
        <translation>&amp;Teams (an jedes Mitglied) und Kanäle (ein Beitrag):</translation>
    </message>
    <message>
        <source>Teams and channels</source>
        <translation>Teams und Kanäle</translation>
    </message>
    <message>
        <source>Check a team to send a personal message to each of its members; check a channel to post the message in it once. Space checks or unchecks the current row.</source>
        <translation>Setzen Sie bei einem Team ein Häkchen, um jedem seiner Mitglieder eine persönliche Nachricht zu senden; setzen Sie bei einem Kanal ein Häkchen, um die Nachricht dort einmal zu veröffentlichen. Die Leertaste setzt oder entfernt das Häkchen in der aktuellen Zeile.</translation>
    </message>
    <message>
        <source>Team or channel</source>
        <translation>Team oder Kanal</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Working out the audience</source>
        <translation>Zielgruppe wird ermittelt</translation>
    </message>
    <message>
        <source>Who is left out</source>
        <translation>Wer ausgelassen wird</translation>
    </message>
    <message>
        <source>People the bot cannot reach, and chosen entries that matched nobody.</source>
        <translation>Personen, die der Bot nicht erreichen kann, und ausgewählte Einträge ohne Treffer.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The message as the first recipient will see it in Teams; arrow keys scroll it.</source>
        <translation>Die Nachricht, wie der erste Empfänger sie in Teams sehen wird; mit den Pfeiltasten scrollen Sie darin.</translation>
    </message>
    <message>
        <source>Send a one-to-one message to each person in the audience list</source>
        <translation>Jeder Person in der Zielgruppenliste eine Einzelnachricht senden</translation>
    </message>
    <message>
        <source>Entries of the audience list that matched nobody in the directory; they get no message</source>
        <translation>Einträge der Zielgruppenliste ohne Treffer im Verzeichnis; sie erhalten keine Nachricht</translation>
    </message>
    <message>
        <source>The message as the first recipient will see it</source>
        <translation>Die Nachricht, wie der erste Empfänger sie sehen wird</translation>
    </message>
    <message>
        <source>Send the message, or go back without sending</source>
        <translation>Die Nachricht senden oder ohne Senden zurückgehen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to your Teams bot</source>
        <translation>Bei Ihrem Teams-Bot anmelden</translation>
    </message>
    <message>
        <source>&amp;Bot profiles</source>
        <translation>&amp;Bot-Profile</translation>
    </message>
    <message>
        <source>Bot profiles</source>
        <translation>Bot-Profile</translation>
    </message>
    <message>
        <source>The bots Herald knows. Choose one to edit it or sign in with it.</source>
        <translation>Die Bots, die Herald kennt. Wählen Sie einen aus, um ihn zu bearbeiten oder sich damit anzumelden.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new bot profile</source>
        <translation>Neues Bot-Profil anlegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the chosen profile and its secret from the keychain</source>
        <translation>Ausgewähltes Profil und seinen geheimen Clientschlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Contoso News bot</source>
        <translation>z. B. Contoso-News-Bot</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Which Microsoft cloud your tenant lives in</source>
        <translation>In welcher Microsoft-Cloud sich Ihr Mandant befindet</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Directory (tenant) ID from the Azure portal</source>
        <translation>Verzeichnis-ID (Mandant) aus dem Azure-Portal</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>A&amp;pp-ID:</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Application (client) ID of the bot</source>
        <translation>Anwendungs-ID (Client) des Bots</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Kept only in your system&apos;s keychain</source>
        <translation>Wird nur im Schlüsselbund Ihres Systems gespeichert</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <source>https://smba.trafficmanager.net/teams/</source>
        <translation>https://smba.trafficmanager.net/teams/</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>Anme&amp;lde-URL:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Only for the sandbox tenant</source>
        <translation>Nur für den Sandbox-Mandanten</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation>Sandbox ausprob&amp;ieren</translation>
    </message>
    <message>
        <source>Start Herald&apos;s simulated Teams tenant and sign in to it</source>
        <translation>Den simulierten Teams-Mandanten von Herald starten und sich dort anmelden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Fetch a token and one team to check these settings</source>
        <translation>Ein Token und ein Team abrufen, um diese Einstellungen zu prüfen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Anm&amp;elden</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Save this profile and sign in with it</source>
        <translation>Dieses Profil speichern und sich damit anmelden</translation>
    </message>
    <message>
        <source>Save these settings (the secret goes to the keychain) without signing in</source>
        <translation>Diese Einstellungen speichern (den geheimen Clientschlüssel im Schlüsselbund), ohne sich anzumelden</translation>
    </message>
    <message>
        <source>A name of your choice for this bot profile</source>
        <translation>Ein frei wählbarer Name für dieses Bot-Profil</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Directory (tenant) ID, from the Azure portal</source>
        <translation>Die Verzeichnis-ID (Mandant) Ihrer Organisation, aus dem Azure-Portal</translation>
    </message>
    <message>
        <source>The Application (client) ID of the bot&apos;s app registration</source>
        <translation>Die Anwendungs-ID (Client) der App-Registrierung des Bots</translation>
    </message>
    <message>
        <source>The Bot Connector address for your region; the cloud&apos;s default suits most bots</source>
        <translation>Die Bot-Connector-Adresse für Ihre Region; die Vorgabe der Cloud passt für die meisten Bots</translation>
    </message>
    <message>
        <source>Close the dialog without signing in</source>
        <translation>Den Dialog schließen, ohne sich anzumelden</translation>
    </message>
</context>
<context>
    <name>herald::auth</name>
    <message>
        <source>Public</source>
        <comment>cloud</comment>
        <extracomment>The Microsoft 365 commercial cloud, as in &quot;the Public cloud&quot;; GCC, GCC High and DoD are names.</extracomment>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <comment>cloud</comment>
        <extracomment>Herald&apos;s built-in simulated Teams tenant, as in &quot;the Sandbox cloud&quot;.</extracomment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The service URL &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Dienst-URL &quot;%1&quot; ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The login URL &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Anmelde-URL &quot;%1&quot; ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The service URL &quot;%1&quot; must start with https://.</source>
        <translation>Die Dienst-URL &quot;%1&quot; muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The login URL &quot;%1&quot; must start with https://.</source>
        <translation>Die Anmelde-URL &quot;%1&quot; muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The service URL must not contain a user name or password.</source>
        <translation>Die Dienst-URL darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>The login URL must not contain a user name or password.</source>
        <translation>Die Anmelde-URL darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1: the sandbox service URL must be on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Herald hat das Senden der Anmeldeinformationen an %1 verweigert: Die Dienst-URL der Sandbox muss auf diesem Computer liegen (127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1: the sandbox login URL must be on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Herald hat das Senden der Anmeldeinformationen an %1 verweigert: Die Anmelde-URL der Sandbox muss auf diesem Computer liegen (127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>Herald refused to send credentials over plain http: http is only allowed for a sandbox profile on this computer, and this profile&apos;s cloud is %1.</source>
        <translation>Herald hat das Senden der Anmeldeinformationen über unverschlüsseltes http verweigert: http ist nur für ein Sandbox-Profil auf diesem Computer erlaubt, und die Cloud dieses Profils ist „%1“.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 over plain http: the service URL must start with https://.</source>
        <translation>Herald hat das Senden der Anmeldeinformationen an %1 über unverschlüsseltes http verweigert: Die Dienst-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 over plain http: the login URL must start with https://.</source>
        <translation>Herald hat das Senden der Anmeldeinformationen an %1 über unverschlüsseltes http verweigert: Die Anmelde-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 on port %2: the service URL of the %3 cloud uses the standard https port.</source>
        <extracomment>%1 is a host name, %2 a port number, %3 a cloud (Public, GCC, GCC High, DoD).</extracomment>
        <translation>Herald hat das Senden der Anmeldeinformationen an %1 über Port %2 verweigert: Die Dienst-URL der Cloud „%3“ verwendet den Standardport für https.</translation>
    </message>
    <message>
        <source>Herald refused to send credentials to %1 on port %2: the login URL of the %3 cloud uses the standard https port.</source>
        <translation>Herald hat das Senden der Anmeldeinformationen an %1 über Port %2 verweigert: Die Anmelde-URL der Cloud „%3“ verwendet den Standardport für https.</translation>
    </message>
    <message>
        <source>Herald refused to send the bot&apos;s token to %1: it is not a Microsoft Teams service host for the %2 cloud (expected %3). Check the profile&apos;s service URL.</source>
        <extracomment>%3 lists the expected host names, joined by &quot; or &quot; (translated separately).</extracomment>
        <translation>Herald hat das Senden des Bot-Tokens an %1 verweigert: Dies ist kein Diensthost von Microsoft Teams für die Cloud „%2“ (erwartet: %3). Prüfen Sie die Dienst-URL des Profils.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the expected host names in &quot;… (expected %3)&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Herald refused to send the client secret to %1: the %2 cloud signs in at %3.</source>
        <translation>Herald hat das Senden des geheimen Clientschlüssels an %1 verweigert: Die Anmeldung für die Cloud „%2“ erfolgt über %3.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the client secret for app %1: it is wrong. Copy the secret&apos;s value (not its id) from the app registration and enter it again.</source>
        <translation>Die Microsoft-Anmeldung hat den geheimen Clientschlüssel für die App %1 abgelehnt: Er ist falsch. Kopieren Sie den Wert des geheimen Clientschlüssels (nicht seine ID) aus der App-Registrierung, und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The client secret of app %1 has expired. Create a new secret in the app registration and enter it in the profile.</source>
        <translation>Der geheime Clientschlüssel der App %1 ist abgelaufen. Erstellen Sie in der App-Registrierung einen neuen geheimen Clientschlüssel, und geben Sie ihn im Profil ein.</translation>
    </message>
    <message>
        <source>Microsoft sign-in does not know the app id %1 in tenant %2. Check the app id, and that the bot is registered in that tenant.</source>
        <translation>Die Microsoft-Anmeldung kennt die App-ID %1 im Mandanten %2 nicht. Prüfen Sie die App-ID und ob der Bot in diesem Mandanten registriert ist.</translation>
    </message>
    <message>
        <source>Microsoft sign-in does not know the tenant %1. Check the tenant id in the profile (and the cloud: GCC High and DoD tenants sign in on the .us cloud).</source>
        <translation>Die Microsoft-Anmeldung kennt den Mandanten %1 nicht. Prüfen Sie die Mandanten-ID im Profil (und die Cloud: Mandanten in GCC High und DoD melden sich in der .us-Cloud an).</translation>
    </message>
    <message>
        <source>The app %1 is disabled in its tenant. Ask an administrator to enable the app registration or its enterprise application.</source>
        <translation>Die App %1 ist in ihrem Mandanten deaktiviert. Bitten Sie einen Administrator, die App-Registrierung oder ihre Unternehmensanwendung zu aktivieren.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the Bot Framework scope for app %1. Check that the profile&apos;s cloud matches the bot&apos;s (public/GCC or GCC High/DoD).</source>
        <translation>Die Microsoft-Anmeldung hat für die App %1 den Bereich (Scope) von Bot Framework abgelehnt. Prüfen Sie, ob die Cloud des Profils zu der des Bots passt (Öffentlich/GCC oder GCC High/DoD).</translation>
    </message>
    <message>
        <source>Microsoft sign-in is not available right now (HTTP %1); try again in a few minutes.</source>
        <translation>Die Microsoft-Anmeldung ist gerade nicht verfügbar (HTTP %1); versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the credentials of app %1 (HTTP %2). Check the tenant id, app id and secret.</source>
        <translation>Die Microsoft-Anmeldung hat die Anmeldeinformationen der App %1 abgelehnt (HTTP %2). Prüfen Sie Mandanten-ID, App-ID und geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the network connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet; prüfen Sie die Netzwerkverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and the network.</source>
        <translation>%1 hat die Verbindung abgelehnt; prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>%1 could not be found; check the address and the network (DNS, VPN).</source>
        <translation>%1 wurde nicht gefunden; prüfen Sie die Adresse und das Netzwerk (DNS, VPN).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (its certificate was not trusted); Herald does not send credentials over an untrusted connection.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (dem Zertifikat wurde nicht vertraut); Herald sendet keine Anmeldeinformationen über eine nicht vertrauenswürdige Verbindung.</translation>
    </message>
    <message>
        <source>%1 tried to redirect Herald elsewhere; Herald does not follow redirects with credentials.</source>
        <translation>%1 wollte Herald an eine andere Adresse umleiten; Herald folgt Umleitungen nicht mit Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist.</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1; check the proxy settings.</source>
        <translation>Beim Verbinden mit %1 ist der Proxy fehlgeschlagen; prüfen Sie die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed; check the network connection and try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen; prüfen Sie die Netzwerkverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the tenant id of the bot&apos;s Microsoft Entra tenant.</source>
        <translation>Geben Sie die ID des Microsoft Entra-Mandanten des Bots ein.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; contains spaces or slashes; paste it again from the Azure portal.</source>
        <translation>Die Mandanten-ID &quot;%1&quot; enthält Leerzeichen oder Schrägstriche; fügen Sie sie erneut aus dem Azure-Portal ein.</translation>
    </message>
    <message>
        <source>Enter the bot&apos;s Microsoft App ID.</source>
        <translation>Geben Sie die Microsoft-App-ID des Bots ein.</translation>
    </message>
    <message>
        <source>The app id &quot;%1&quot; contains spaces or slashes; paste it again from the Azure portal.</source>
        <translation>Die App-ID &quot;%1&quot; enthält Leerzeichen oder Schrägstriche; fügen Sie sie erneut aus dem Azure-Portal ein.</translation>
    </message>
    <message>
        <source>Enter the service URL, for example https://smba.trafficmanager.net/teams/.</source>
        <translation>Geben Sie die Dienst-URL ein, zum Beispiel https://smba.trafficmanager.net/teams/.</translation>
    </message>
    <message>
        <source>A sandbox profile needs the sandbox&apos;s login URL, for example http://127.0.0.1:PORT/.</source>
        <translation>Ein Sandbox-Profil benötigt die Anmelde-URL der Sandbox, zum Beispiel http://127.0.0.1:PORT/.</translation>
    </message>
    <message>
        <source>Herald could not save its settings to %1; check that the folder exists and is writable.</source>
        <translation>Herald konnte seine Einstellungen nicht in %1 speichern; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Es gibt bereits ein Profil namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names an unknown cloud &quot;%2&quot;; edit or re-create it.</source>
        <translation>Das Profil „%1“ nennt eine unbekannte Cloud &quot;%2&quot;; bearbeiten Sie es, oder erstellen Sie es neu.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the client secret of &quot;%1&quot;; unlock the keychain and allow Herald access, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des geheimen Clientschlüssels von „%1“ verweigert; entsperren Sie den Schlüsselbund, erlauben Sie Herald den Zugriff, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to read the client secret of &quot;%1&quot;; unlock the keychain and allow Herald access, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat das Lesen des geheimen Clientschlüssels von „%1“ verweigert; entsperren Sie den Schlüsselbund, erlauben Sie Herald den Zugriff, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to delete the client secret of &quot;%1&quot;; unlock the keychain and allow Herald access, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat das Löschen des geheimen Clientschlüssels von „%1“ verweigert; entsperren Sie den Schlüsselbund, erlauben Sie Herald den Zugriff, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not save the client secret of &quot;%1&quot;; check that the keychain is unlocked (or set %2 for automation).</source>
        <translation>Der Schlüsselbund des Systems konnte den geheimen Clientschlüssel von „%1“ nicht speichern; prüfen Sie, ob der Schlüsselbund entsperrt ist (oder setzen Sie %2 für die Automatisierung).</translation>
    </message>
    <message>
        <source>The system keychain could not read the client secret of &quot;%1&quot;; check that the keychain is unlocked (or set %2 for automation).</source>
        <translation>Der Schlüsselbund des Systems konnte den geheimen Clientschlüssel von „%1“ nicht lesen; prüfen Sie, ob der Schlüsselbund entsperrt ist (oder setzen Sie %2 für die Automatisierung).</translation>
    </message>
    <message>
        <source>The system keychain could not delete the client secret of &quot;%1&quot;; check that the keychain is unlocked (or set %2 for automation).</source>
        <translation>Der Schlüsselbund des Systems konnte den geheimen Clientschlüssel von „%1“ nicht löschen; prüfen Sie, ob der Schlüsselbund entsperrt ist (oder setzen Sie %2 für die Automatisierung).</translation>
    </message>
    <message>
        <source>No client secret is saved for the profile &quot;%1&quot;; enter it again in the profile settings (or set %2 for automation).</source>
        <translation>Für das Profil „%1“ ist kein geheimer Clientschlüssel gespeichert; geben Sie ihn in den Profileinstellungen erneut ein (oder setzen Sie %2 für die Automatisierung).</translation>
    </message>
    <message>
        <source>No system keychain is running, so Herald cannot store or read the client secret. Sign in to a desktop session with a keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), or, for automation, set the environment variable %1 to the secret.</source>
        <translation>Es läuft kein Schlüsselbund des Systems, daher kann Herald den geheimen Clientschlüssel weder speichern noch lesen. Melden Sie sich bei einer Desktopsitzung mit Schlüsselbund an (GNOME Keyring, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung), oder setzen Sie für die Automatisierung die Umgebungsvariable %1 auf den geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein.</translation>
    </message>
    <message>
        <source>Microsoft sign-in sent an answer Herald could not understand (%1); try again later.</source>
        <extracomment>%1 says what was wrong with the answer, e.g. &quot;not JSON&quot;.</extracomment>
        <translation>Die Microsoft-Anmeldung hat eine Antwort gesendet, die Herald nicht verstehen konnte (%1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>die Antwort war zu groß</translation>
    </message>
    <message>
        <source>Could not reach Microsoft sign-in: %1</source>
        <extracomment>%1 is a sentence saying what failed, e.g. &quot;login.microsoftonline.com did not answer in time; …&quot;.</extracomment>
        <translation>Die Microsoft-Anmeldung konnte nicht erreicht werden: %1</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>kein access_token</translation>
    </message>
    <message>
        <source>token type is not Bearer</source>
        <translation>Tokentyp ist nicht Bearer</translation>
    </message>
    <message>
        <source>no valid expires_in</source>
        <translation>kein gültiges expires_in</translation>
    </message>
</context>
<context>
    <name>herald::cli::Campaign</name>
    <message>
        <source>No campaigns yet. Start one with: herald-cli send …</source>
        <translation>Noch keine Kampagnen. Starten Sie eine mit: herald-cli send …</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4 of %5 delivered, %6 unreachable, %7 failed, %8 uncertain	%9 by %10	%11</source>
        <translation>%1	%2	%3	%4 von %5 zugestellt, %6 nicht erreichbar, %7 fehlgeschlagen, %8 ungewiss	%9 von %10	%11</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Campaign %1 &quot;%2&quot; — %3, created %4 by %5 with profile &quot;%6&quot;</source>
        <translation>Kampagne %1 „%2“ – %3, erstellt %4 von %5 mit dem Profil „%6“</translation>
    </message>
    <message>
        <source>  %1 delivered after a cut connection may have received it twice.</source>
        <translation>  %1 Empfänger, denen nach einer unterbrochenen Verbindung zugestellt wurde, haben die Nachricht möglicherweise doppelt erhalten.</translation>
    </message>
    <message>
        <source>  %1 messages/s on average over %2 s</source>
        <translation>  Durchschnittlich %1 Nachrichten/s über %2 s</translation>
    </message>
    <message>
        <source>  Stopped because: %1</source>
        <translation>  Grund für das Anhalten: %1</translation>
    </message>
    <message>
        <source>--global-rps needs a positive number.</source>
        <translation>--global-rps erfordert eine positive Zahl.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2; there is nothing left to send (%3 delivered, %4 unreachable, %5 failed, %6 uncertain).</source>
        <translation>Kampagne %1 ist %2; es gibt nichts mehr zu senden (%3 zugestellt, %4 nicht erreichbar, %5 fehlgeschlagen, %6 ungewiss).</translation>
    </message>
    <message>
        <source>  … and %1 more (herald-cli report %2 --csv)</source>
        <translation>  … und %1 weitere (herald-cli report %2 --csv)</translation>
    </message>
    <message>
        <source>Campaign %1 is cancelled: %2 delivered, %3 not sent.</source>
        <translation>Kampagne %1 ist abgebrochen: %2 zugestellt, %3 nicht gesendet.</translation>
    </message>
    <message>
        <source>campaign %1: %2 of %3 done (%4 delivered, %5 unreachable, %6 failed)</source>
        <translation>Kampagne %1: %2 von %3 erledigt (%4 zugestellt, %5 nicht erreichbar, %6 fehlgeschlagen)</translation>
    </message>
    <message>
        <source> — %1 messages/s</source>
        <translation> – %1 Nachrichten/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>, %1 throttled</source>
        <translation>, %1 gedrosselt</translation>
    </message>
    <message>
        <source>Sending without pacing is only allowed to the sandbox.</source>
        <translation>Senden ohne Taktung ist nur an die Sandbox erlaubt.</translation>
    </message>
    <message>
        <source>herald-cli: could not install signal handlers; Ctrl+C will not pause cleanly.</source>
        <translation>herald-cli: Signalhandler konnten nicht installiert werden; Ctrl+C pausiert nicht sauber.</translation>
    </message>
    <message>
        <source>Pausing campaign %1: waiting for the answers already on their way…</source>
        <translation>Kampagne %1 wird pausiert: Warten auf die Antworten, die bereits unterwegs sind…</translation>
    </message>
    <message>
        <source>Sending campaign %1 as &quot;%2&quot; (%3 recipients). Ctrl+C pauses it; &quot;herald-cli resume %1&quot; goes on.</source>
        <translation>Kampagne %1 wird als „%2“ gesendet (%3 Empfänger). Ctrl+C pausiert sie; &quot;herald-cli resume %1&quot; setzt sie fort.</translation>
    </message>
    <message>
        <source>Campaign %1 %2: %3 delivered, %4 unreachable, %5 failed, %6 uncertain, %7 not sent.</source>
        <translation>Kampagne %1 %2: %3 zugestellt, %4 nicht erreichbar, %5 fehlgeschlagen, %6 ungewiss, %7 nicht gesendet.</translation>
    </message>
    <message>
        <source>It stopped because: %1</source>
        <translation>Grund für das Anhalten: %1</translation>
    </message>
    <message>
        <source>Paused. Go on with: herald-cli resume %1</source>
        <translation>Pausiert. Fortsetzen mit: herald-cli resume %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) uncertain: not sent again (add --resend-uncertain to send to them; some may then get it twice):</source>
        <translation>
            <numerusform>%Ln Empfänger ist ungewiss und erhält die Nachricht nicht erneut (fügen Sie --resend-uncertain hinzu, um an ihn zu senden; er erhält sie dann möglicherweise doppelt):</numerusform>
            <numerusform>%Ln Empfänger sind ungewiss und erhalten die Nachricht nicht erneut (fügen Sie --resend-uncertain hinzu, um an sie zu senden; einige erhalten sie dann möglicherweise doppelt):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) uncertain (the request left but no answer came). &quot;herald-cli resume %1 --resend-uncertain&quot; sends to them again; some may then get it twice.</source>
        <translation>
            <numerusform>%Ln Empfänger ist ungewiss (die Anfrage wurde gesendet, aber es kam keine Antwort). &quot;herald-cli resume %1 --resend-uncertain&quot; sendet erneut an ihn; er erhält die Nachricht dann möglicherweise doppelt.</numerusform>
            <numerusform>%Ln Empfänger sind ungewiss (ihre Anfrage wurde gesendet, aber es kam keine Antwort). &quot;herald-cli resume %1 --resend-uncertain&quot; sendet erneut an sie; einige erhalten die Nachricht dann möglicherweise doppelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: herald-cli campaigns</source>
        <translation>Aufruf: herald-cli campaigns</translation>
    </message>
    <message>
        <source>usage: herald-cli report ID [--csv]</source>
        <translation>Aufruf: herald-cli report ID [--csv]</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>A report line: a recipient state (&quot;Delivered&quot;) and how many are in it.</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  %1, %2: %3</source>
        <extracomment>A report line: a recipient state (&quot;Failed&quot;), the error code Teams or Herald gave, and how many.</extracomment>
        <translation>  %1, %2: %3</translation>
    </message>
    <message>
        <source>usage: herald-cli resume ID [--resend-uncertain] [--global-rps R]</source>
        <translation>Aufruf: herald-cli resume ID [--resend-uncertain] [--global-rps R]</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <extracomment>One uncertain recipient: their id, then their name.</extracomment>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>usage: herald-cli cancel ID</source>
        <translation>Aufruf: herald-cli cancel ID</translation>
    </message>
    <message>
        <source>usage: herald-cli pause ID</source>
        <translation>Aufruf: herald-cli pause ID</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald; asked it to cancel. Waiting for the answers already on their way…</source>
        <translation>Kampagne %1 wird von einer anderen Herald-Instanz gesendet; sie wurde gebeten, abzubrechen. Warte auf die Antworten, die schon unterwegs sind…</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald; asked it to pause. Waiting for the answers already on their way…</source>
        <translation>Kampagne %1 wird von einer anderen Herald-Instanz gesendet; sie wurde gebeten, zu pausieren. Warte auf die Antworten, die schon unterwegs sind…</translation>
    </message>
    <message>
        <source>Campaign %1 did not stop within %2 seconds; the Herald sending it may be stuck. Try again, or stop that program.</source>
        <translation>Kampagne %1 wurde nicht innerhalb von %2 Sekunden angehalten; die Herald-Instanz, die sie sendet, hängt möglicherweise. Versuchen Sie es erneut, oder beenden Sie dieses Programm.</translation>
    </message>
    <message>
        <source>Campaign %1 is paused: %2 delivered, %3 waiting. Go on with: herald-cli resume %1</source>
        <translation>Kampagne %1 ist pausiert: %2 zugestellt, %3 wartend. Fortsetzen mit: herald-cli resume %1</translation>
    </message>
    <message>
        <source>Campaign %1 is %2 already: %3 delivered.</source>
        <translation>Kampagne %1 ist bereits %2: %3 zugestellt.</translation>
    </message>
</context>
<context>
    <name>herald::cli::Directory</name>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or jsonl.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie csv oder jsonl.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s)…</source>
        <translation>
            <numerusform>%Ln Datensatz importiert…</numerusform>
            <numerusform>%Ln Datensätze importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rejected line(s) (--json lists up to %1).</source>
        <translation>
            <numerusform>… und %Ln weitere abgelehnte Zeile (--json listet bis zu %1 auf).</numerusform>
            <numerusform>… und %Ln weitere abgelehnte Zeilen (--json listet bis zu %1 auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 %3 records from %4 (%5 rejected) in %6 s.</source>
        <translation>%1 von %2 %3-Datensätzen aus %4 in %6 s importiert (%5 abgelehnt).</translation>
    </message>
    <message>
        <source>Which bot? Pass --profile NAME (see &quot;herald-cli profile list&quot;).</source>
        <translation>Welcher Bot? Geben Sie --profile NAME an (siehe „herald-cli profile list“).</translation>
    </message>
    <message>
        <source>Herald knows no teams yet. Import the bot&apos;s install events first (herald-cli import FILE), or pass --team ID.</source>
        <translation>Herald kennt noch keine Teams. Importieren Sie zuerst die Installationsereignisse des Bots (herald-cli import DATEI) oder geben Sie --team ID an.</translation>
    </message>
    <message>
        <source>Syncing team %1 of %2: %3…</source>
        <translation>Team %1 von %2 wird synchronisiert: %3…</translation>
    </message>
    <message>
        <source>  %1 members so far</source>
        <translation>  bisher %1 Mitglieder</translation>
    </message>
    <message>
        <source>herald-cli: %1</source>
        <translation>herald-cli: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resumed an interrupted sync: %Ln team(s) it had finished were not fetched again.</source>
        <translation>
            <numerusform>Eine unterbrochene Synchronisierung wurde fortgesetzt: %Ln bereits fertiges Team wurde nicht erneut abgerufen.</numerusform>
            <numerusform>Eine unterbrochene Synchronisierung wurde fortgesetzt: %Ln bereits fertige Teams wurden nicht erneut abgerufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln team(s): %1 members, %2 marked as having left.</source>
        <translation>
            <numerusform>%Ln Team synchronisiert: %1 Mitglieder, %2 als ausgetreten markiert.</numerusform>
            <numerusform>%Ln Teams synchronisiert: %1 Mitglieder, %2 als ausgetreten markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet: import the bot&apos;s install events (herald-cli import FILE).</source>
        <translation>Noch keine Teams: Importieren Sie die Installationsereignisse des Bots (herald-cli import DATEI).</translation>
    </message>
    <message>
        <source>%1	%2 members	%3 channels	%4%5</source>
        <translation>%1	%2 Mitglieder	%3 Kanäle	%4%5</translation>
    </message>
    <message>
        <source>(bot removed)</source>
        <translation>(Bot entfernt)</translation>
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
        <translation>(ausgetreten)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people.</source>
        <translation>
            <numerusform>%Ln Person.</numerusform>
            <numerusform>%Ln Personen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::cli::Main</name>
    <message>
        <source>herald-cli: unknown command &quot;%1&quot;.</source>
        <translation>herald-cli: unbekannter Befehl „%1“.</translation>
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
        <translation>Aufruf: herald-cli [--data-dir DIR] [--json] [--verbose] BEFEHL ...

Befehle:
  profile add NAME --cloud public|gcc|gcchigh|dod|sandbox --tenant-id T --app-id A
              [--service-url URL] [--login-url URL] [--secret-stdin]
  profile list
  profile remove NAME
  profile test NAME
  import FILE [--format csv|jsonl]     Installationsereignisse (JSON-Zeilen) oder eine CSV-Datei mit Personen;
                                       endet mit 1, wenn eine Zeile abgelehnt wurde (gültige Zeilen bleiben)
  sync [--team ID]... [--profile NAME] Teams, Kanäle und Mitgliederlisten aus Teams (Vorgabe: alle
                                       bekannten Teams; setzt einen unterbrochenen Abgleich fort)
  teams
  channels TEAM
  members TEAM|--all [--search TEXT] [--include-left] [--limit N]
  render --draft FILE [--recipient ID | --recipient-json JSON]
  send --profile NAME (--draft FILE | --kind K --title T --body B ...)
       (--to-users FILE | --to-team ID | --to-channel ID)...
  campaigns | report ID [--csv] | resume ID [--resend-uncertain] | cancel ID | pause ID

Der geheime Clientschlüssel kommt aus --secret-stdin, sonst aus HERALD_CLIENT_SECRET, sonst aus dem Schlüsselbund des Systems.
--data-dir (oder HERALD_DATA_DIR) legt die Einstellungen und Daten von Herald in DIR ab.
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
        <translation>Aufruf: herald-cli profile add NAME --cloud public|gcc|gcc-high|dod|sandbox --tenant-id T --app-id A
                          [--service-url URL] [--login-url URL] [--secret-stdin]
       herald-cli profile list
       herald-cli profile remove NAME
       herald-cli profile test NAME [--secret-stdin] [--team TEAM_ID]</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use public, gcc, gcc-high, dod or sandbox.</source>
        <translation>Unbekannte Cloud „%1“: Verwenden Sie public, gcc, gcc-high, dod oder sandbox.</translation>
    </message>
    <message>
        <source>No client secret given: pass it on standard input with --secret-stdin, or set %1.</source>
        <translation>Kein geheimer Clientschlüssel angegeben: Übergeben Sie ihn mit --secret-stdin über die Standardeingabe oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; remove it first or choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits; entfernen Sie es zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>herald-cli: no keychain is running, so the secret was not stored; set %1 whenever you use this profile.</source>
        <translation>herald-cli: Es läuft kein Schlüsselbund, daher wurde der geheime Schlüssel nicht gespeichert; setzen Sie %1, wann immer Sie dieses Profil verwenden.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; (%2, tenant %3).</source>
        <translation>Profil „%1“ hinzugefügt (%2, Mandant %3).</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: herald-cli profile add NAME --cloud … --tenant-id … --app-id …</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: herald-cli profile add NAME --cloud … --tenant-id … --app-id …</translation>
    </message>
    <message>
        <source>%1	%2	tenant %3	app %4	%5</source>
        <translation>%1	%2	Mandant %3	App %4	%5</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>„%1“ wird getestet …</translation>
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
        <translation>Aufruf: herald-cli render --draft FILE [--recipient ID | --recipient-json JSON]
  Gibt das Aktivitäts-JSON aus, das der Entwurf für einen Empfänger ergibt (Platzhalter aufgelöst).
  --recipient ID       einer der Beispielempfänger (siehe unten)
  --recipient-json J   {&quot;id&quot;:…,&quot;name&quot;:…,&quot;givenName&quot;:…,&quot;teamName&quot;:…,&quot;channelName&quot;:…}
  Ohne Empfänger nehmen die Platzhalter ihre Ersatzwerte an („there“, „your team“ …).</translation>
    </message>
    <message>
        <source>sample recipients:</source>
        <translation>Beispielempfänger:</translation>
    </message>
    <message>
        <source>There is no sample recipient &quot;%1&quot;. The samples are:
%2</source>
        <translation>Es gibt keinen Beispielempfänger „%1“. Die Beispiele sind:
%2</translation>
    </message>
    <message>
        <source>--recipient-json needs a JSON object such as {&quot;id&quot;:&quot;29:…&quot;,&quot;name&quot;:&quot;Ana López&quot;}.</source>
        <translation>--recipient-json braucht ein JSON-Objekt wie {&quot;id&quot;:&quot;29:…&quot;,&quot;name&quot;:&quot;Ana López&quot;}.</translation>
    </message>
    <message>
        <source>herald-cli: error: %1</source>
        <translation>herald-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>herald-cli: warning: %1</source>
        <translation>herald-cli: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>herald::cli::Send</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--kind must be welcome or notification (a card needs --draft).</source>
        <translation>--kind muss welcome oder notification sein (eine Karte erfordert --draft).</translation>
    </message>
    <message>
        <source>--global-rps needs a positive number.</source>
        <translation>--global-rps erfordert eine positive Zahl.</translation>
    </message>
    <message>
        <source>--max-in-flight needs a number from 1 to 64.</source>
        <translation>--max-in-flight erfordert eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>These are not in the directory (import or sync first, or check the spelling): %1</source>
        <translation>Diese Einträge sind nicht im Verzeichnis (importieren oder synchronisieren Sie zuerst, oder prüfen Sie die Schreibweise): %1</translation>
    </message>
    <message>
        <source>%1 recipients: %2 to send (%3 first contacts, %4 channel posts), %5 left out.</source>
        <translation>%1 Empfänger: %2 zu senden (%3 Erstkontakte, %4 Kanalbeiträge), %5 ausgelassen.</translation>
    </message>
    <message>
        <source>  left out: %1 × %2</source>
        <translation>  ausgelassen: %1 × %2</translation>
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
        <translation>Aufruf: herald-cli send --profile NAME (--draft DATEI | --kind welcome|notification --title T --body B ...)
                       (--to-users DATEI | --to-team ID | --to-channel ID)... [--json]
  --to-users DATEI    eine 29:-ID, E-Mail-Adresse oder UPN je Zeile (# für Kommentare)
  --to-team ID        jedes aktive Mitglied des Teams (ID oder Name); mehrfach möglich
  --to-channel ID     ein neuer Beitrag (Antwortkette) im Kanal; mehrfach möglich
  Nachrichtenfelder ohne Entwurfsdatei: --why --offers --next-steps (Willkommen),
    --subject --actor --actions --opt-out (Benachrichtigung); --body ist das Angebot
    der Willkommensnachricht bzw. das „Was ist passiert“ der Benachrichtigung
  --global-rps R      Teams’ globale Rate für diese App (Standard aus den Einstellungen: 50)
  --max-in-flight N   gleichzeitig unterwegs befindliche Anfragen (Standard 16)
  --embed-first-message  1:1-Chats mit der Nachricht darin anlegen (eine Anfrage, keine Aktivitäts-ID)
  --title-of-campaign T  ein Name für die Kampagne (Standard: der Titel des Entwurfs)
Exit-Status: 0, wenn jeder Empfänger die Nachricht erhalten hat oder bekanntermaßen nicht erreichbar ist;
1 sonst; 3, wenn pausiert (Strg+C oder ein Fehler, der jedes Senden stoppt).</translation>
    </message>
</context>
<context>
    <name>herald::common</name>
    <message>
        <source>Herald could not find a folder for its data. Pass one with --data-dir or set HERALD_DATA_DIR.</source>
        <translation>Herald konnte keinen Ordner für seine Daten finden. Geben Sie einen mit --data-dir an, oder setzen Sie HERALD_DATA_DIR.</translation>
    </message>
    <message>
        <source>Herald could not create its data folder %1. Check that the disk is not full and that you may write there.</source>
        <translation>Herald konnte seinen Datenordner %1 nicht erstellen. Prüfen Sie, ob auf dem Datenträger noch Platz ist und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Herald may not write to its data folder %1.</source>
        <translation>Herald darf nicht in seinen Datenordner %1 schreiben.</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <extracomment>Microsoft&apos;s id of a failed request, for support: &quot;correlation id 7f3c…&quot;.</extracomment>
        <translation>Korrelations-ID %1</translation>
    </message>
</context>
<context>
    <name>herald::compose::BuiltinTemplates</name>
    <message>
        <source>Welcome, {givenName}!</source>
        <translation>Willkommen, {givenName}!</translation>
    </message>
    <message>
        <source>You&apos;re getting this message because Contoso IT added the *Updates* app to the **{teamName}** team.</source>
        <translation>Sie erhalten diese Nachricht, weil Contoso IT die App *Updates* zu **{teamName}** hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Updates brings you the news that matters for your work:
- company announcements
- changes to IT services
- reminders before deadlines</source>
        <translation>Updates bringt Ihnen die Neuigkeiten, die für Ihre Arbeit wichtig sind:
- Unternehmensankündigungen
- Änderungen an IT-Diensten
- Erinnerungen vor Fristen</translation>
    </message>
    <message>
        <source>Have a look at this week&apos;s announcements, and pin the app so you can find it again.</source>
        <translation>Sehen Sie sich die Ankündigungen dieser Woche an, und heften Sie die App an, damit Sie sie wiederfinden.</translation>
    </message>
    <message>
        <source>Open announcements</source>
        <translation>Ankündigungen öffnen</translation>
    </message>
    <message>
        <source>Your expense report was approved</source>
        <translation>Ihre Spesenabrechnung wurde genehmigt</translation>
    </message>
    <message>
        <source>Hi {givenName}, your expense report was approved and will be paid with your next salary.</source>
        <translation>Hallo {givenName}, Ihre Spesenabrechnung wurde genehmigt und wird mit Ihrem nächsten Gehalt ausgezahlt.</translation>
    </message>
    <message>
        <source>Expense report EX-1042</source>
        <translation>Spesenabrechnung EX-1042</translation>
    </message>
    <message>
        <source>Ana López (Finance)</source>
        <translation>Ana López (Finanzen)</translation>
    </message>
    <message>
        <source>Check the amounts. If something is wrong, tell Finance within five working days.</source>
        <translation>Prüfen Sie die Beträge. Wenn etwas nicht stimmt, informieren Sie die Finanzabteilung innerhalb von fünf Arbeitstagen.</translation>
    </message>
    <message>
        <source>View the report</source>
        <translation>Abrechnung anzeigen</translation>
    </message>
    <message>
        <source>Contact Finance</source>
        <translation>Finanzabteilung kontaktieren</translation>
    </message>
    <message>
        <source>You get these because you sent an expense report. To stop them, turn off *Expense updates* in [your settings](https://expenses.example.com/settings).</source>
        <translation>Sie erhalten diese Nachrichten, weil Sie eine Spesenabrechnung eingereicht haben. Um sie abzubestellen, deaktivieren Sie *Spesen-Updates* in [Ihren Einstellungen](https://expenses.example.com/settings).</translation>
    </message>
    <message>
        <source>Office closed on Friday</source>
        <translation>Büro am Freitag geschlossen</translation>
    </message>
    <message>
        <source>Hi {givenName}, the Dublin office is closed this Friday for maintenance. Please work from home.</source>
        <translation>Hallo {givenName}, das Büro in Dublin ist diesen Freitag wegen Wartungsarbeiten geschlossen. Bitte arbeiten Sie von zu Hause aus.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Dublin office, all floors</source>
        <translation>Büro Dublin, alle Etagen</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>Angekündigt von</translation>
    </message>
    <message>
        <source>Facilities team</source>
        <translation>Facility-Management</translation>
    </message>
    <message>
        <source>You get facilities notices because you work in Dublin. Reply *stop* to opt out.</source>
        <translation>Sie erhalten Hinweise des Facility-Managements, weil Sie in Dublin arbeiten. Antworten Sie mit *stop*, um sie abzubestellen.</translation>
    </message>
    <message>
        <source>More about the works</source>
        <translation>Mehr zu den Arbeiten</translation>
    </message>
    <message>
        <source>Welcome message (built in)</source>
        <translation>Willkommensnachricht (integriert)</translation>
    </message>
    <message>
        <source>Notification (built in)</source>
        <translation>Benachrichtigung (integriert)</translation>
    </message>
    <message>
        <source>Adaptive Card (built in)</source>
        <translation>Adaptive Card (integriert)</translation>
    </message>
</context>
<context>
    <name>herald::compose::CardValidator</name>
    <message>
        <source>Paste or write an Adaptive Card (JSON) here.</source>
        <translation>Fügen Sie hier eine Adaptive Card (JSON) ein, oder schreiben Sie sie hier.</translation>
    </message>
    <message>
        <source>The card is not valid JSON: %1 on line %2.</source>
        <translation>Die Karte ist kein gültiges JSON: %1 in Zeile %2.</translation>
    </message>
    <message>
        <source>The card must be one JSON object, starting with {.</source>
        <translation>Die Karte muss ein einzelnes JSON-Objekt sein, das mit { beginnt.</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must be &quot;AdaptiveCard&quot;.</source>
        <translation>%1: &quot;type&quot; muss &quot;AdaptiveCard&quot; sein.</translation>
    </message>
    <message>
        <source>%1: give the card a &quot;version&quot; such as &quot;1.5&quot;.</source>
        <translation>%1: Geben Sie der Karte eine &quot;version&quot; wie &quot;1.5&quot;.</translation>
    </message>
    <message>
        <source>%1: Teams shows Adaptive Cards up to version 1.5, not %2.</source>
        <translation>%1: Teams zeigt Adaptive Cards bis Version 1.5 an, nicht %2.</translation>
    </message>
    <message>
        <source>%1: Teams does not render HTML in cards; use markdown (**bold**, _italic_, [links](https://…)).</source>
        <translation>%1: Teams stellt in Karten kein HTML dar; verwenden Sie Markdown (**fett**, _kursiv_, [Links](https://…)).</translation>
    </message>
    <message>
        <source>%1: links must be http, https or mailto addresses.</source>
        <translation>%1: Links müssen http-, https- oder mailto-Adressen sein.</translation>
    </message>
    <message>
        <source>%1: Teams shows images only from https addresses.</source>
        <translation>%1: Teams zeigt nur Bilder von https-Adressen an.</translation>
    </message>
    <message>
        <source>%1 must be a list of elements.</source>
        <translation>%1 muss eine Liste von Elementen sein.</translation>
    </message>
    <message>
        <source>%1: every element needs a &quot;type&quot;.</source>
        <translation>%1: Jedes Element benötigt einen &quot;type&quot;.</translation>
    </message>
    <message>
        <source>%1: Teams does not know the element type &quot;%2&quot;.</source>
        <translation>%1: Teams kennt den Elementtyp &quot;%2&quot; nicht.</translation>
    </message>
    <message>
        <source>%1: a ColumnSet holds only Columns, not &quot;%2&quot;.</source>
        <translation>%1: Ein ColumnSet enthält nur Columns, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a list of actions.</source>
        <translation>%1 muss eine Liste von Aktionen sein.</translation>
    </message>
    <message>
        <source>%1: Teams shows at most %2 actions together; this has %3.</source>
        <translation>%1: Teams zeigt höchstens %2 Aktionen zusammen an; hier sind es %3.</translation>
    </message>
    <message>
        <source>%1: Herald sends only Action.OpenUrl, Action.Submit, Action.ShowCard and Action.ToggleVisibility, not &quot;%2&quot;.</source>
        <translation>%1: Herald sendet nur Action.OpenUrl, Action.Submit, Action.ShowCard und Action.ToggleVisibility, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>herald::compose::Checklist</name>
    <message>
        <source>A title</source>
        <translation>Ein Titel</translation>
    </message>
    <message>
        <source>Give the message a title: Teams shows it in the notification.</source>
        <translation>Geben Sie der Nachricht einen Titel: Teams zeigt ihn in der Benachrichtigung an.</translation>
    </message>
    <message>
        <source>Why they receive it</source>
        <translation>Grund für den Erhalt</translation>
    </message>
    <message>
        <source>Say why they receive this: where the app was installed, and by whom.</source>
        <translation>Nennen Sie den Grund für den Erhalt: wo die App installiert wurde und von wem.</translation>
    </message>
    <message>
        <source>What the app offers</source>
        <translation>Was die App bietet</translation>
    </message>
    <message>
        <source>Say what the app offers them.</source>
        <translation>Beschreiben Sie, was die App den Empfängern bietet.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Say what to do next; a button helps.</source>
        <translation>Nennen Sie den nächsten Schritt; eine Schaltfläche hilft dabei.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Beschreiben Sie, was geschehen ist.</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Wer es ausgelöst hat</translation>
    </message>
    <message>
        <source>Say who did it.</source>
        <translation>Nennen Sie, wer es ausgelöst hat.</translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation>Was sie tun können</translation>
    </message>
    <message>
        <source>Say what they can do about it, or add a button.</source>
        <translation>Beschreiben Sie, was sie tun können, oder fügen Sie eine Schaltfläche hinzu.</translation>
    </message>
    <message>
        <source>How to opt out</source>
        <translation>Wie sie sich abmelden</translation>
    </message>
    <message>
        <source>Say how to opt out of these notifications.</source>
        <translation>Beschreiben Sie, wie man sich von diesen Benachrichtigungen abmeldet.</translation>
    </message>
    <message>
        <source>A card Teams accepts</source>
        <translation>Eine Karte, die Teams akzeptiert</translation>
    </message>
    <message>
        <source>Fix the card so Teams accepts it.</source>
        <translation>Korrigieren Sie die Karte, damit Teams sie akzeptiert.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Name what it is about; a link helps.</source>
        <translation>Nennen Sie, worum es geht; ein Link hilft dabei.</translation>
    </message>
</context>
<context>
    <name>herald::compose::Draft</name>
    <message>
        <source>This file is not a Herald draft (its format is &quot;%1&quot;).</source>
        <translation>Diese Datei ist kein Herald-Entwurf (ihr Format ist &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This draft was written by a newer Herald (format %1); update Herald to open it.</source>
        <translation>Dieser Entwurf wurde von einer neueren Herald-Version geschrieben (Format %1); aktualisieren Sie Herald, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Unknown draft kind &quot;%1&quot;: use welcome, notification or card.</source>
        <translation>Unbekannte Entwurfsart &quot;%1&quot;: Verwenden Sie welcome, notification oder card.</translation>
    </message>
    <message>
        <source>Unknown importance &quot;%1&quot;: use normal, high or urgent.</source>
        <translation>Unbekannte Wichtigkeit &quot;%1&quot;: Verwenden Sie normal, high oder urgent.</translation>
    </message>
    <message>
        <source>The draft&apos;s &quot;card&quot; must be an Adaptive Card object.</source>
        <translation>Das Feld &quot;card&quot; des Entwurfs muss ein Adaptive-Card-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>herald::compose::DraftFile</name>
    <message>
        <source>Herald could not open %1: %2</source>
        <translation>Herald konnte %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a draft or template.</source>
        <translation>%1 ist zu groß für einen Entwurf oder eine Vorlage.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Herald could not create the folder for %1.</source>
        <translation>Herald konnte den Ordner für %1 nicht erstellen.</translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation>Herald konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Herald could not save %1: %2</source>
        <translation>Herald konnte %1 nicht speichern: %2</translation>
    </message>
</context>
<context>
    <name>herald::compose::MessageBuilder</name>
    <message>
        <source>Teams shows images only from https addresses; check the image link.</source>
        <translation>Teams zeigt nur Bilder von https-Adressen an; prüfen Sie den Bildlink.</translation>
    </message>
    <message>
        <source>Give the button for %1 a label.</source>
        <translation>Geben Sie der Schaltfläche für %1 eine Beschriftung.</translation>
    </message>
    <message>
        <source>The button &quot;%1&quot; needs a link starting with https://, http:// or mailto:.</source>
        <translation>Die Schaltfläche „%1“ benötigt einen Link, der mit https://, http:// oder mailto: beginnt.</translation>
    </message>
    <message>
        <source>Teams&apos; guidance is at most %1 buttons on a notification; this has %2.</source>
        <translation>Teams empfiehlt höchstens %1 Schaltflächen pro Benachrichtigung; diese hat %2.</translation>
    </message>
    <message>
        <source>The link for &quot;%1&quot; must start with https://, http:// or mailto:.</source>
        <translation>Der Link für „%1“ muss mit https://, http:// oder mailto: beginnen.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>This recipient has no name or id to @mention; the message goes without the mention.</source>
        <translation>Dieser Empfänger hat weder Namen noch ID für eine @Erwähnung; die Nachricht wird ohne Erwähnung gesendet.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder Herald knows, so it is sent as typed; use {givenName}, {name}, {teamName} or {channelName}.</source>
        <translation>{%1} ist kein Platzhalter, den Herald kennt, und wird daher unverändert gesendet; verwenden Sie {givenName}, {name}, {teamName} oder {channelName}.</translation>
    </message>
</context>
<context>
    <name>herald::compose::MessageSize</name>
    <message>
        <source>The message is %1 KB; Teams refuses messages over 100 KB. Shorten the text or remove elements.</source>
        <translation>Die Nachricht ist %1 KB groß; Teams lehnt Nachrichten über 100 KB ab. Kürzen Sie den Text, oder entfernen Sie Elemente.</translation>
    </message>
    <message>
        <source>The message is %1 KB, close to Teams&apos; 100 KB limit; keep it under 80 KB.</source>
        <translation>Die Nachricht ist %1 KB groß und damit nahe an der Grenze von 100 KB in Teams; bleiben Sie unter 80 KB.</translation>
    </message>
</context>
<context>
    <name>herald::compose::Placeholders</name>
    <message>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>Ihrem Team</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>diesem Kanal</translation>
    </message>
</context>
<context>
    <name>herald::compose::TemplateStore</name>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Template names have at most %1 characters.</source>
        <translation>Vorlagennamen dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in template; choose another name.</source>
        <translation>„%1“ ist der Name einer integrierten Vorlage; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be renamed; save a copy instead.</source>
        <translation>Integrierte Vorlagen können nicht umbenannt werden; speichern Sie stattdessen eine Kopie.</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>Herald could not remove the old file %1.</source>
        <translation>Herald konnte die alte Datei %1 nicht entfernen.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation>Integrierte Vorlagen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Herald could not delete %1.</source>
        <translation>Herald konnte %1 nicht löschen.</translation>
    </message>
</context>
<context>
    <name>herald::connector</name>
    <message>
        <source>Teams sent an answer Herald could not understand (%1).</source>
        <extracomment>%1 says what was wrong with the answer, e.g. &quot;roster entry 3 has no &quot;id&quot;&quot;.</extracomment>
        <translation>Teams hat eine Antwort gesendet, die Herald nicht verstehen konnte (%1).</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <extracomment>%1 names a part of Teams&apos; answer, such as &quot;the conversation&quot; or &quot;roster entry 3&quot;; %2 is a JSON field.</extracomment>
        <translation>%1: &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <source>%1&apos;s &quot;%2&quot; is not a string</source>
        <extracomment>%1 names a part of Teams&apos; answer, such as &quot;the conversation&quot; or &quot;roster entry 3&quot;; %2 is a JSON field.</extracomment>
        <translation>%1: &quot;%2&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1&apos;s &quot;%2&quot; is empty</source>
        <extracomment>%1 names a part of Teams&apos; answer, such as &quot;the conversation&quot; or &quot;roster entry 3&quot;; %2 is a JSON field.</extracomment>
        <translation>%1: &quot;%2&quot; ist leer</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>the roster page has no &quot;members&quot;</source>
        <translation>Seite der Mitgliederliste: &quot;members&quot; fehlt</translation>
    </message>
    <message>
        <source>the roster page&apos;s &quot;members&quot; is not a list</source>
        <translation>Seite der Mitgliederliste: &quot;members&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>the roster page</source>
        <translation>Seite der Mitgliederliste</translation>
    </message>
    <message>
        <source>roster entry %1 is not an object</source>
        <translation>Eintrag %1 der Mitgliederliste ist kein Objekt</translation>
    </message>
    <message>
        <source>roster entry %1</source>
        <translation>Eintrag %1 der Mitgliederliste</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>the channel list has no &quot;conversations&quot; list</source>
        <translation>Kanalliste: Liste &quot;conversations&quot; fehlt</translation>
    </message>
    <message>
        <source>channel %1 is not an object</source>
        <translation>Kanal %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to Teams was closed.</source>
        <translation>Die Verbindung zu Teams wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Teams sent an answer larger than %Ln MB, which Herald does not read.</source>
        <translation>
            <numerusform>Teams hat eine Antwort gesendet, die größer als %Ln MB ist; Herald liest solche Antworten nicht.</numerusform>
            <numerusform>Teams hat eine Antwort gesendet, die größer als %Ln MB ist; Herald liest solche Antworten nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams sent an answer too large to read.</source>
        <translation>Teams hat eine Antwort gesendet, die zu groß zum Lesen ist.</translation>
    </message>
    <message>
        <source>The user id is missing.</source>
        <translation>Die Benutzer-ID fehlt.</translation>
    </message>
    <message>
        <source>The channel id is missing.</source>
        <translation>Die Kanal-ID fehlt.</translation>
    </message>
    <message>
        <source>The conversation id is missing.</source>
        <translation>Die Unterhaltungs-ID fehlt.</translation>
    </message>
    <message>
        <source>The conversation or activity id is missing.</source>
        <translation>Die Unterhaltungs- oder Aktivitäts-ID fehlt.</translation>
    </message>
    <message>
        <source>The team id is missing.</source>
        <translation>Die Team-ID fehlt.</translation>
    </message>
    <message>
        <source>Teams refused the request as invalid (a wrong id or an invalid message).</source>
        <translation>Teams hat die Anfrage als ungültig abgelehnt (eine falsche ID oder eine ungültige Nachricht).</translation>
    </message>
    <message>
        <source>Teams could not read the request; the message is malformed.</source>
        <translation>Teams konnte die Anfrage nicht lesen; die Nachricht ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Teams does not accept this bot&apos;s credentials: the bot is not registered for this app id, or its token was refused. Check the profile.</source>
        <translation>Teams akzeptiert die Anmeldeinformationen dieses Bots nicht: Der Bot ist für diese App-ID nicht registriert, oder sein Token wurde abgelehnt. Prüfen Sie das Profil.</translation>
    </message>
    <message>
        <source>An administrator has disabled this app in the tenant.</source>
        <translation>Ein Administrator hat diese App im Mandanten deaktiviert.</translation>
    </message>
    <message>
        <source>The bot is no longer part of this conversation (it was removed or uninstalled).</source>
        <translation>Der Bot gehört nicht mehr zu dieser Unterhaltung (er wurde entfernt oder deinstalliert).</translation>
    </message>
    <message>
        <source>This person has blocked the bot.</source>
        <translation>Diese Person hat den Bot blockiert.</translation>
    </message>
    <message>
        <source>The app is not installed for this person.</source>
        <translation>Die App ist für diese Person nicht installiert.</translation>
    </message>
    <message>
        <source>The bot does not have permission to post here.</source>
        <translation>Der Bot hat keine Berechtigung, hier Nachrichten zu senden.</translation>
    </message>
    <message>
        <source>This tenant must be reached through its own service URL (a government cloud host); check the profile&apos;s cloud and service URL.</source>
        <translation>Dieser Mandant muss über seine eigene Dienst-URL erreicht werden (ein Host einer Government-Cloud); prüfen Sie Cloud und Dienst-URL des Profils.</translation>
    </message>
    <message>
        <source>This person has blocked the bot or removed the app, so Teams blocks new messages to them.</source>
        <translation>Diese Person hat den Bot blockiert oder die App entfernt, daher blockiert Teams neue Nachrichten an sie.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The message no longer exists in this conversation.</source>
        <translation>Die Nachricht existiert in dieser Unterhaltung nicht mehr.</translation>
    </message>
    <message>
        <source>Teams was busy with this conversation; the request can be tried again.</source>
        <translation>Teams war mit dieser Unterhaltung ausgelastet; die Anfrage kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>The message is too large for Teams (over 100 KB); shorten it or remove images.</source>
        <translation>Die Nachricht ist zu groß für Teams (über 100 KB); kürzen Sie sie, oder entfernen Sie Bilder.</translation>
    </message>
    <message>
        <source>Teams asked Herald to slow down; the request can be tried again later.</source>
        <translation>Teams hat Herald aufgefordert, langsamer zu senden; die Anfrage kann später erneut versucht werden.</translation>
    </message>
    <message>
        <source>Teams refused the request as invalid.</source>
        <translation>Teams hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Teams refused the bot&apos;s token; check the profile&apos;s app id, secret and cloud.</source>
        <translation>Teams hat das Token des Bots abgelehnt; prüfen Sie App-ID, geheimen Clientschlüssel und Cloud des Profils.</translation>
    </message>
    <message>
        <source>Teams did not allow the bot to do this.</source>
        <translation>Teams hat dem Bot diese Aktion nicht erlaubt.</translation>
    </message>
    <message>
        <source>Teams could not find this conversation, team or message.</source>
        <translation>Teams konnte diese Unterhaltung, dieses Team oder diese Nachricht nicht finden.</translation>
    </message>
    <message>
        <source>Teams did not answer in time; the request can be tried again.</source>
        <translation>Teams hat nicht rechtzeitig geantwortet; die Anfrage kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>The message is too large for Teams; shorten it or remove images.</source>
        <translation>Die Nachricht ist zu groß für Teams; kürzen Sie sie, oder entfernen Sie Bilder.</translation>
    </message>
    <message>
        <source>Teams had an internal error.</source>
        <translation>In Teams ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Teams is temporarily unavailable; the request can be tried again.</source>
        <translation>Teams ist vorübergehend nicht verfügbar; die Anfrage kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>Teams answered with a redirect, which Herald does not follow with credentials.</source>
        <translation>Teams hat mit einer Umleitung geantwortet, der Herald mit Anmeldeinformationen nicht folgt.</translation>
    </message>
    <message>
        <source>Teams answered with an unexpected error (HTTP %1).</source>
        <translation>Teams hat mit einem unerwarteten Fehler geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>herald::connector::ConnectionCheck</name>
    <message>
        <source>Enter the bot&apos;s client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel des Bots ein.</translation>
    </message>
    <message>
        <source>Connected: Microsoft&apos;s sign-in service accepted the app ID and secret for tenant %1.</source>
        <translation>Verbunden: Der Anmeldedienst von Microsoft hat App-ID und geheimen Clientschlüssel für den Mandanten %1 akzeptiert.</translation>
    </message>
    <message>
        <source>Signed in, but Teams refused to show the team: %1</source>
        <translation>Angemeldet, aber Teams hat die Anzeige des Teams verweigert: %1</translation>
    </message>
    <message>
        <source>Connected: signed in and reached the team &quot;%1&quot; through Teams.</source>
        <translation>Verbunden: angemeldet und das Team „%1“ über Teams erreicht.</translation>
    </message>
</context>
<context>
    <name>herald::delivery</name>
    <message>
        <source>Campaign %1 is being sent by another Herald (process %2 on %3).</source>
        <translation>Kampagne %1 wird bereits von einer anderen Herald-Instanz gesendet (Prozess %2 auf %3).</translation>
    </message>
    <message>
        <source>Herald could not create the lock file for campaign %1.</source>
        <translation>Herald konnte die Sperrdatei für Kampagne %1 nicht erstellen.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Es gibt keine Kampagne %1.</translation>
    </message>
    <message>
        <source>The message was on its way when Herald stopped; whether it arrived is not known.</source>
        <translation>Die Nachricht war unterwegs, als Herald beendet wurde; ob sie angekommen ist, ist nicht bekannt.</translation>
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
        <translation>Etwa %1 für %2 Nachrichten (%3 Anfragen mit %4 pro Sekunde).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Ungewiss</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::delivery::CampaignManager</name>
    <message>
        <source>The audience is empty: choose people, teams or channels.</source>
        <translation>Die Zielgruppe ist leer: Wählen Sie Personen, Teams oder Kanäle aus.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody in the audience can receive the message: the %Ln chosen are all unreachable.</source>
        <translation>
            <numerusform>Niemand in der Zielgruppe kann die Nachricht empfangen: Die eine ausgewählte Person ist nicht erreichbar.</numerusform>
            <numerusform>Niemand in der Zielgruppe kann die Nachricht empfangen: Alle %Ln Ausgewählten sind nicht erreichbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::delivery::CampaignRunner</name>
    <message>
        <source>Campaign %1 is %2; there is nothing left to send.</source>
        <translation>Kampagne %1 ist %2; es gibt nichts mehr zu senden.</translation>
    </message>
</context>
<context>
    <name>herald::delivery::FailureRules</name>
    <message>
        <source>Herald stopped waiting for Teams&apos; answer; whether the message arrived is not known.</source>
        <translation>Herald hat nicht länger auf die Antwort von Teams gewartet; ob die Nachricht angekommen ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Teams could not be reached %1 times in a row; the campaign is paused. Check the network, then resume. (%2)</source>
        <translation>Teams war %1-mal in Folge nicht erreichbar; die Kampagne wurde pausiert. Prüfen Sie das Netzwerk, und setzen Sie sie dann fort. (%2)</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source>%1 (Teams: %2)</source>
        <extracomment>%1 is Herald&apos;s sentence, %2 the error message Teams itself sent (in English).</extracomment>
        <translation>%1 (Teams: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Teams did not answer after %Ln attempt(s); whether the message arrived is not known. (%1)</source>
        <translation>
            <numerusform>Teams hat nach %Ln Versuch nicht geantwortet; ob die Nachricht angekommen ist, ist nicht bekannt. (%1)</numerusform>
            <numerusform>Teams hat nach %Ln Versuchen nicht geantwortet; ob die Nachricht angekommen ist, ist nicht bekannt. (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams refused the bot&apos;s credentials even with a fresh token (HTTP 401); the campaign is paused. Check the profile&apos;s app id, client secret and tenant, then resume.</source>
        <translation>Teams hat die Anmeldedaten des Bots auch mit einem frischen Token abgelehnt (HTTP 401); die Kampagne ist pausiert. Prüfen Sie App-ID, geheimen Clientschlüssel und Mandanten des Profils, und setzen Sie sie dann fort.</translation>
    </message>
</context>
<context>
    <name>herald::directory</name>
    <message>
        <source>There is no team &quot;%1&quot; in the directory. List them with &quot;herald-cli teams&quot;, or import or sync first.</source>
        <translation>Es gibt kein Team „%1“ im Verzeichnis. Listen Sie die Teams mit &quot;herald-cli teams&quot; auf, oder importieren bzw. synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>%1 is not in the directory.</source>
        <translation>%1 ist nicht im Verzeichnis.</translation>
    </message>
    <message>
        <source>Unnamed team (%1)</source>
        <translation>Unbenanntes Team (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>No chat with the bot yet; Herald will try to start one when you send.</source>
        <translation>Noch kein Chat mit dem Bot; Herald versucht beim Senden, einen zu starten.</translation>
    </message>
    <message>
        <source>They removed the app.</source>
        <translation>Die Person hat die App entfernt.</translation>
    </message>
    <message>
        <source>The bot was removed from their chat.</source>
        <translation>Der Bot wurde aus dem Chat der Person entfernt.</translation>
    </message>
    <message>
        <source>They blocked the bot.</source>
        <translation>Die Person hat den Bot blockiert.</translation>
    </message>
    <message>
        <source>The app is not installed for them.</source>
        <translation>Die App ist für diese Person nicht installiert.</translation>
    </message>
    <message>
        <source>The bot is not in their conversation.</source>
        <translation>Der Bot ist nicht in der Unterhaltung der Person.</translation>
    </message>
    <message>
        <source>Teams refused messages to them.</source>
        <translation>Teams hat Nachrichten an diese Person abgelehnt.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>The line is longer than %1 MB.</source>
        <translation>Die Zeile ist länger als %1 MB.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>Die Zeile ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote in field %1.</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen in Feld %1.</translation>
    </message>
    <message>
        <source>A quote in the middle of field %1; quote the whole field and double the quote.</source>
        <translation>Ein Anführungszeichen mitten in Feld %1; setzen Sie das ganze Feld in Anführungszeichen, und verdoppeln Sie das Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>Herald could not read %1: %2</source>
        <translation>Herald konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The line is not an activity Herald can read.</source>
        <translation>Die Zeile ist keine Aktivität, die Herald lesen kann.</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>The record cannot be read.</source>
        <translation>Der Datensatz kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CSV header (line %1) cannot be read: %2</source>
        <translation>Die CSV-Kopfzeile (Zeile %1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CSV file has no &quot;id&quot; column. Its first line must name the columns, for example id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId.</source>
        <translation>Die CSV-Datei hat keine Spalte &quot;id&quot;. Ihre erste Zeile muss die Spalten benennen, zum Beispiel id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Das Feld &quot;%1&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation>Das Feld &quot;%1&quot; ist kein Text.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains spaces or control characters.</source>
        <translation>Das Feld &quot;%1&quot; enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a Teams id starting with &quot;%2&quot;.</source>
        <translation>Das Feld &quot;%1&quot; ist keine Teams-ID, die mit &quot;%2&quot; beginnt.</translation>
    </message>
    <message>
        <source>The serviceUrl is not an http(s) address.</source>
        <translation>Die serviceUrl ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; is not an object.</source>
        <translation>Ein Eintrag von &quot;%1&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a list.</source>
        <translation>Das Feld &quot;%1&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has too many entries.</source>
        <translation>Das Feld &quot;%1&quot; hat zu viele Einträge.</translation>
    </message>
    <message>
        <source>The line is not valid JSON (%1 at character %2).</source>
        <translation>Die Zeile ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>Die Zeile ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The activity has no &quot;type&quot;.</source>
        <translation>Die Aktivität hat keinen &quot;type&quot;.</translation>
    </message>
    <message>
        <source>Not an install event: the activity type is &quot;%1&quot;, not conversationUpdate or installationUpdate.</source>
        <translation>Kein Installationsereignis: Der Aktivitätstyp ist &quot;%1&quot;, nicht conversationUpdate oder installationUpdate.</translation>
    </message>
    <message>
        <source>Group chats are not part of the directory.</source>
        <translation>Gruppenchats sind nicht Teil des Verzeichnisses.</translation>
    </message>
    <message>
        <source>Unknown conversationType &quot;%1&quot;.</source>
        <translation>Unbekannter conversationType &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown installationUpdate action &quot;%1&quot;.</source>
        <translation>Unbekannte installationUpdate-Aktion &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The event names no user (an id starting with &quot;29:&quot;) in from, membersAdded or membersRemoved.</source>
        <translation>Das Ereignis nennt keinen Benutzer (eine ID, die mit &quot;29:&quot; beginnt) in from, membersAdded oder membersRemoved.</translation>
    </message>
    <message>
        <source>The bot is no longer in any team of theirs, and they have no chat with it.</source>
        <translation>Der Bot ist in keinem ihrer Teams mehr, und sie haben keinen Chat mit ihm.</translation>
    </message>
</context>
<context>
    <name>herald::directory::DirectorySync</name>
    <message>
        <source>The sync was cancelled; it will resume where it stopped.</source>
        <translation>Die Synchronisierung wurde abgebrochen; sie wird dort fortgesetzt, wo sie aufgehört hat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s) could not be synced. The first: %1</source>
        <translation>
            <numerusform>%Ln Team konnte nicht synchronisiert werden: %1</numerusform>
            <numerusform>%Ln Teams konnten nicht synchronisiert werden. Das erste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::directory::RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
</context>
<context>
    <name>herald::directory::TeamTreeModel</name>
    <message>
        <source>%1 — the bot was removed from this team</source>
        <translation>%1 – der Bot wurde aus diesem Team entfernt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>herald::store</name>
    <message>
        <source>Herald could not load its SQLite driver (QSQLITE).</source>
        <translation>Herald konnte seinen SQLite-Treiber (QSQLITE) nicht laden.</translation>
    </message>
    <message>
        <source>Herald could not read its database %1.</source>
        <translation>Herald konnte seine Datenbank %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Herald&apos;s database %1 was made by a newer version of Herald (schema %2; this one knows %3). Update Herald to open it.</source>
        <translation>Die Herald-Datenbank %1 wurde von einer neueren Herald-Version erstellt (Schema %2; diese Version kennt %3). Aktualisieren Sie Herald, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The disk is full, so Herald could not save its data. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte Herald seine Daten nicht speichern. Geben Sie Speicherplatz frei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Herald&apos;s database %1 is damaged or is not a Herald database. Herald left it untouched; move it away (or restore a backup) and start again.</source>
        <translation>Die Herald-Datenbank %1 ist beschädigt oder keine Herald-Datenbank. Herald hat sie nicht verändert; verschieben Sie sie an einen anderen Ort (oder stellen Sie eine Sicherung wieder her), und starten Sie neu.</translation>
    </message>
    <message>
        <source>Herald&apos;s database is busy in another window or program. Close it and try again.</source>
        <translation>Die Herald-Datenbank wird in einem anderen Fenster oder Programm verwendet. Schließen Sie es, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Herald may not write to its database %1.</source>
        <translation>Herald darf nicht in seine Datenbank %1 schreiben.</translation>
    </message>
    <message>
        <source>Herald could not open its database %1. Check that the folder exists and that you may write there.</source>
        <translation>Herald konnte seine Datenbank %1 nicht öffnen. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Herald could not read or write its database %1: the disk reported an error.</source>
        <translation>Herald konnte seine Datenbank %1 nicht lesen oder schreiben: Der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Herald&apos;s database failed: %1</source>
        <translation>Fehler in der Herald-Datenbank: %1</translation>
    </message>
    <message>
        <source>Herald&apos;s SQLite driver did not give access to the database it opened.</source>
        <translation>Der SQLite-Treiber von Herald hat keinen Zugriff auf die geöffnete Datenbank gewährt.</translation>
    </message>
</context>
<context>
    <name>herald::ui::AppController</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot;…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <source>Signing in as &quot;%1&quot;…</source>
        <translation>Anmeldung als „%1“…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in to the sandbox tenant at %1</source>
        <translation>Beim Sandbox-Mandanten unter %1 angemeldet</translation>
    </message>
    <message>
        <source>Signed in as &quot;%1&quot; (tenant %2)</source>
        <translation>Angemeldet als „%1“ (Mandant %2)</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Herald could not open its database, so the directory is empty and nothing can be imported: %1</source>
        <translation>Herald konnte seine Datenbank nicht öffnen, daher ist das Verzeichnis leer und es kann nichts importiert werden: %1</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>the sandbox&apos;s organisation</source>
        <translation>Sandbox-Organisation</translation>
    </message>
    <message>
        <source>Herald will use the chosen language from its next start.</source>
        <translation>Herald verwendet die ausgewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Sign in to send.</source>
        <translation>Melden Sie sich an, um zu senden.</translation>
    </message>
    <message>
        <source>Check the audience and send (Ctrl+Return).</source>
        <translation>Zielgruppe prüfen und senden (Ctrl+Return).</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignJobs</name>
    <message>
        <source>Herald could not store the campaign, so nothing was sent: %1</source>
        <translation>Herald konnte die Kampagne nicht speichern, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The campaign was stored, then cancelled before any message went out.</source>
        <translation>Die Kampagne wurde gespeichert und dann abgebrochen, bevor eine Nachricht gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignListModel</name>
    <message>
        <source>Created by %1 with the profile &quot;%2&quot;</source>
        <translation>Erstellt von %1 mit dem Profil „%2“</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignNotifier</name>
    <message>
        <source>&quot;%1&quot; finished: %2 delivered, %3 unreachable, %4 failed, %5 uncertain.</source>
        <translation>„%1“ abgeschlossen: %2 zugestellt, %3 nicht erreichbar, %4 fehlgeschlagen, %5 ungewiss.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled: %2 delivered, %3 not sent.</source>
        <translation>„%1“ wurde abgebrochen: %2 zugestellt, %3 nicht gesendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; paused: %2</source>
        <translation>„%1“ pausiert: %2</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>This desktop has neither a system tray nor a notification service.</source>
        <translation>Dieser Desktop hat weder einen Infobereich noch einen Benachrichtigungsdienst.</translation>
    </message>
    <message>
        <source>There is no desktop session bus for notifications.</source>
        <translation>Es gibt keinen Sitzungsbus des Desktops für Benachrichtigungen.</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service did not answer (%1).</source>
        <translation>Der Benachrichtigungsdienst des Desktops hat nicht geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignRecipientModel</name>
    <message>
        <source>Activity id: %1</source>
        <translation>Aktivitäts-ID: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>A request was cut off after it left: this person may have received the message twice.</source>
        <translation>Eine Anfrage wurde nach dem Absenden unterbrochen: Diese Person hat die Nachricht möglicherweise doppelt erhalten.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignRecoveryBanner</name>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 sent, %5 uncertain, %6 still to send</source>
        <translation>%1 – %2: %3 von %4 gesendet, %5 ungewiss, %6 noch zu senden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s) did not finish. Resume sends to those not sent yet. Uncertain recipients may or may not have received the message (Herald stopped while their request was on its way): resend to them only if a second copy is better than none.</source>
        <translation>
            <numerusform>%Ln Kampagne wurde nicht abgeschlossen. „Fortsetzen“ sendet an die Empfänger, an die noch nicht gesendet wurde. Ungewisse Empfänger haben die Nachricht möglicherweise erhalten, vielleicht aber auch nicht (Herald wurde beendet, während ihre Anfrage unterwegs war): Senden Sie nur dann erneut an sie, wenn eine zweite Kopie besser ist als keine.</numerusform>
            <numerusform>%Ln Kampagnen wurden nicht abgeschlossen. „Fortsetzen“ sendet an die Empfänger, an die noch nicht gesendet wurde. Ungewisse Empfänger haben die Nachricht möglicherweise erhalten, vielleicht aber auch nicht (Herald wurde beendet, während ihre Anfrage unterwegs war): Senden Sie nur dann erneut an sie, wenn eine zweite Kopie besser ist als keine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignReportView</name>
    <message>
        <source>Loading the report…</source>
        <translation>Bericht wird geladen…</translation>
    </message>
    <message>
        <source>Herald could not read the report: %1</source>
        <translation>Herald konnte den Bericht nicht lesen: %1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>May have received it twice</source>
        <translation>Möglicherweise doppelt erhalten</translation>
    </message>
    <message>
        <source>Herald could not read the recipients: %1</source>
        <translation>Herald konnte die Empfänger nicht lesen: %1</translation>
    </message>
    <message>
        <source>The first %1 of %2; Export CSV… has them all.</source>
        <translation>Die ersten %1 von %2; „CSV exportieren…“ liefert alle.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s).</source>
        <translation>
            <numerusform>%Ln Empfänger.</numerusform>
            <numerusform>%Ln Empfänger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Wählen Sie zuerst eine Kampagne aus.</translation>
    </message>
    <message>
        <source>Wait for the export in progress, or stop it.</source>
        <translation>Warten Sie, bis der laufende Export abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 recipients</source>
        <translation>Export: %1 von %2 Empfängern</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>campaign-%1.csv</source>
        <translation>kampagne-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Another campaign is shown now: choose Export CSV… again.</source>
        <translation>Inzwischen wird eine andere Kampagne angezeigt: Wählen Sie „CSV exportieren…“ erneut.</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignSendThread</name>
    <message>
        <source>Campaign %1 was made with the profile &quot;%2&quot;; sign in with it to resume it.</source>
        <translation>Kampagne %1 wurde mit dem Profil „%2“ erstellt; melden Sie sich damit an, um sie fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignWorker</name>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>Sending was cancelled before the campaign was stored; nothing was sent.</source>
        <translation>Das Senden wurde abgebrochen, bevor die Kampagne gespeichert war; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The campaign was stored, then cancelled before any message went out.</source>
        <translation>Die Kampagne wurde gespeichert und dann abgebrochen, bevor eine Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation>Herald konnte %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>herald::ui::CampaignsPage</name>
    <message>
        <source>Campaign status</source>
        <translation>Kampagnenstatus</translation>
    </message>
    <message>
        <source>Herald could not open its database, so there are no campaigns.</source>
        <translation>Herald konnte seine Datenbank nicht öffnen, daher gibt es keine Kampagnen.</translation>
    </message>
    <message>
        <source>Herald could not open its database, so it cannot send.</source>
        <translation>Herald konnte seine Datenbank nicht öffnen und kann daher nicht senden.</translation>
    </message>
    <message>
        <source>The campaign is stored but did not start: %1</source>
        <translation>Die Kampagne ist gespeichert, wurde aber nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Herald&apos;s database is not open.</source>
        <translation>Die Herald-Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Sign in first: campaigns are sent through the signed-in bot.</source>
        <translation>Melden Sie sich zuerst an: Kampagnen werden über den angemeldeten Bot gesendet.</translation>
    </message>
    <message>
        <source>Herald could not list the campaigns: %1</source>
        <translation>Herald konnte die Kampagnen nicht auflisten: %1</translation>
    </message>
    <message>
        <source>Cancel the campaign?</source>
        <translation>Kampagne abbrechen?</translation>
    </message>
    <message>
        <source>Nobody who has not received &quot;%1&quot; yet will get it. Those already sent to keep it.</source>
        <translation>Wer „%1“ noch nicht erhalten hat, bekommt die Nachricht nicht mehr. Wer sie bereits erhalten hat, behält sie.</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Weiter senden</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Wählen Sie zuerst eine Kampagne aus.</translation>
    </message>
    <message>
        <source>Herald could not check for interrupted campaigns: %1</source>
        <translation>Herald konnte nicht nach unterbrochenen Kampagnen suchen: %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Time left: working it out…</source>
        <translation>Verbleibende Zeit: wird berechnet…</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>%1 messages/s
%2 requests/s, %3 throttled</source>
        <translation>%1 Nachrichten/s
%2 Anfragen/s, %3 gedrosselt</translation>
    </message>
    <message>
        <source>Sign in to resume.</source>
        <translation>Melden Sie sich an, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Go on sending (Space).</source>
        <translation>Weiter senden (Leertaste).</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;: %2% at %3 msg/s</source>
        <translation>„%1“ wird gesendet: %2 % mit %3 Nachr./s</translation>
    </message>
    <message numerus="yes">
        <source>Storing the campaign for %1 recipient(s) before the first message…</source>
        <translation>
            <numerusform>Die Kampagne für %1 Empfänger wird vor der ersten Nachricht gespeichert…</numerusform>
            <numerusform>Die Kampagne für %1 Empfänger wird vor der ersten Nachricht gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend to the uncertain recipients?</source>
        <translation>An die ungewissen Empfänger erneut senden?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of &quot;%1&quot; may or may not have received it: the request left but no answer came. Sending again reaches those who did not get it, and those who did get it twice.</source>
        <translation>
            <numerusform>%Ln Empfänger von „%1“ hat die Nachricht vielleicht erhalten, vielleicht nicht: Die Anfrage ging hinaus, aber es kam keine Antwort. Erneutes Senden erreicht ihn, falls er sie nicht bekommen hat, und sonst erhält er sie doppelt.</numerusform>
            <numerusform>%Ln Empfänger von „%1“ haben die Nachricht vielleicht erhalten, vielleicht nicht: Die Anfrage ging hinaus, aber es kam keine Antwort. Erneutes Senden erreicht die, die sie nicht bekommen haben, und die anderen erhalten sie doppelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend to %1</source>
        <translation>An %1 erneut senden</translation>
    </message>
    <message>
        <source>Don&apos;t resend</source>
        <translation>Nicht erneut senden</translation>
    </message>
    <message>
        <source>Sign in to resend.</source>
        <translation>Melden Sie sich an, um erneut zu senden.</translation>
    </message>
    <message>
        <source>Send again to the recipients whose answer never came (they may get it twice).</source>
        <translation>Sendet erneut an die Empfänger, deren Antwort nie kam (sie erhalten die Nachricht vielleicht doppelt).</translation>
    </message>
</context>
<context>
    <name>herald::ui::CardPreview</name>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
    <message>
        <source>Adaptive Card</source>
        <translation>Adaptive Card</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>[%1 — shown in Teams]</source>
        <translation>[%1 – wird in Teams angezeigt]</translation>
    </message>
    <message>
        <source>Image unavailable</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <source>The message as Teams shows it to the chosen recipient</source>
        <translation>Die Nachricht, wie Teams sie dem gewählten Empfänger zeigt</translation>
    </message>
</context>
<context>
    <name>herald::ui::ComposeView</name>
    <message>
        <source>Herald could not keep your draft on disk: %1</source>
        <translation>Herald konnte Ihren Entwurf nicht auf dem Datenträger sichern: %1</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Rename template…</source>
        <translation>Vorlage &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>Vorlage &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export template…</source>
        <translation>Vorlage &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save draft as &amp;file…</source>
        <translation>Entwurf als &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Sign in to send.</source>
        <translation>Melden Sie sich an, um zu senden.</translation>
    </message>
    <message>
        <source>Herald could not read your last draft: %1</source>
        <translation>Herald konnte Ihren letzten Entwurf nicht lesen: %1</translation>
    </message>
    <message>
        <source>Someone with no details (fallbacks)</source>
        <translation>Jemand ohne Angaben (Ersatzwerte)</translation>
    </message>
    <message>
        <source>%1 KB of Teams&apos; 100 KB</source>
        <translation>%1 KB von 100 KB (Teams-Grenze)</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Missing: %1. %2</source>
        <translation>Fehlt: %1. %2</translation>
    </message>
    <message>
        <source>Everything Teams asks for is there.</source>
        <translation>Alles, was Teams verlangt, ist vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) of Teams&apos; guidance missing.</source>
        <translation>
            <numerusform>%Ln Punkt der Teams-Richtlinien fehlt.</numerusform>
            <numerusform>%Ln Punkte der Teams-Richtlinien fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <source>Replace what you have written with the template &quot;%1&quot;?</source>
        <translation>Ihren bisherigen Text durch die Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Vorlagenname:</translation>
    </message>
    <message>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation>Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Choose one of your own templates to rename; built-in ones stay as they are.</source>
        <translation>Wählen Sie eine Ihrer eigenen Vorlagen zum Umbenennen aus; integrierte Vorlagen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Choose one of your own templates to delete; built-in ones stay.</source>
        <translation>Wählen Sie eine Ihrer eigenen Vorlagen zum Löschen aus; integrierte Vorlagen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Herald templates and drafts (*.json)</source>
        <translation>Herald-Vorlagen und -Entwürfe (*.json)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>Herald templates (*.json)</source>
        <translation>Herald-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Save draft as file</source>
        <translation>Entwurf als Datei speichern</translation>
    </message>
    <message>
        <source>Herald drafts (*.json)</source>
        <translation>Herald-Entwürfe (*.json)</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <source>&amp;Restore previous draft</source>
        <translation>Vorherigen Entwurf wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>Start an empty message; the one being written is kept as the previous draft</source>
        <translation>Eine leere Nachricht beginnen; die aktuelle Nachricht wird als vorheriger Entwurf aufbewahrt</translation>
    </message>
    <message>
        <source>Bring back the message written before New message</source>
        <translation>Die vor „Neue Nachricht“ geschriebene Nachricht zurückholen</translation>
    </message>
    <message>
        <source>Herald could not keep the previous draft on disk: %1</source>
        <translation>Herald konnte den vorherigen Entwurf nicht auf dem Datenträger sichern: %1</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Meinen Text behalten</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryJobs</name>
    <message>
        <source>The sync stopped because the bot changed; it will resume where it stopped.</source>
        <translation>Die Synchronisierung wurde beendet, weil der Bot gewechselt wurde; sie wird dort fortgesetzt, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>%1 was not imported: another directory job is running.</source>
        <translation>%1 wurde nicht importiert: Ein anderer Verzeichnisauftrag wird ausgeführt.</translation>
    </message>
    <message>
        <source>%1 was not imported: Herald imports install events as JSON lines (.jsonl, .json, .ndjson) and people as CSV (.csv).</source>
        <translation>%1 wurde nicht importiert: Herald importiert Installationsereignisse als JSON Lines (.jsonl, .json, .ndjson) und Personen als CSV (.csv).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1: %2 records read…</source>
        <translation>%1 wird importiert: %2 Datensätze gelesen…</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled after %2 records; what was read is kept.</source>
        <translation>Der Import von %1 wurde nach %2 Datensätzen abgebrochen; bereits Gelesenes bleibt erhalten.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 could not be saved to a temporary file: %2</source>
        <translation>%1 konnte nicht in einer temporären Datei gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sync did not start: another directory job is running.</source>
        <translation>Die Synchronisierung wurde nicht gestartet: Ein anderer Verzeichnisauftrag wird ausgeführt.</translation>
    </message>
    <message>
        <source>Sign in to a bot to sync the directory.</source>
        <translation>Melden Sie sich bei einem Bot an, um das Verzeichnis zu synchronisieren.</translation>
    </message>
    <message>
        <source>Syncing team %1 of %2: %3 members so far…</source>
        <translation>Team %1 von %2 wird synchronisiert: bisher %3 Mitglieder…</translation>
    </message>
    <message>
        <source>Syncing the directory…</source>
        <translation>Verzeichnis wird synchronisiert…</translation>
    </message>
    <message>
        <source>The sync was cancelled after %1 of %2 teams; it will resume where it stopped.</source>
        <translation>Die Synchronisierung wurde nach %1 von %2 Teams abgebrochen; sie wird dort fortgesetzt, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Synced %1 of %2 teams: %3 members.</source>
        <translation>%1 von %2 Teams synchronisiert: %3 Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln who left a team are marked as having left.</source>
        <translation>
            <numerusform>%Ln Person, die ein Team verlassen hat, ist als ausgetreten markiert.</numerusform>
            <numerusform>%Ln Personen, die ein Team verlassen haben, sind als ausgetreten markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s) failed; the first: %1</source>
        <translation>
            <numerusform>%Ln Team fehlgeschlagen: %1</numerusform>
            <numerusform>%Ln Teams fehlgeschlagen; das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1: %2 KB…</source>
        <translation>%1 wird heruntergeladen: %2 KB…</translation>
    </message>
    <message>
        <source>There are no teams to sync yet: import the bot&apos;s install events first (File → Import into directory…).</source>
        <translation>Es gibt noch keine Teams zum Synchronisieren: Importieren Sie zuerst die Installationsereignisse des Bots (Datei → In Verzeichnis importieren…).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) from %1 (people: %2, teams: %3).</source>
        <translation>
            <numerusform>%Ln Datensatz aus %1 importiert (Personen: %2, Teams: %3).</numerusform>
            <numerusform>%Ln Datensätze aus %1 importiert (Personen: %2, Teams: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected — %1.</source>
        <comment>%1: the first rejected lines with their reasons, ; separated</comment>
        <translation>
            <numerusform>%Ln Zeile abgelehnt – %1.</numerusform>
            <numerusform>%Ln Zeilen abgelehnt – %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates rejected lines</comment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>It resumed an interrupted sync: %Ln team(s) already synced then were not fetched again.</source>
        <translation>
            <numerusform>Dabei wurde eine unterbrochene Synchronisierung fortgesetzt: %Ln damals bereits synchronisiertes Team wurde nicht erneut abgerufen.</numerusform>
            <numerusform>Dabei wurde eine unterbrochene Synchronisierung fortgesetzt: %Ln damals bereits synchronisierte Teams wurden nicht erneut abgerufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::DirectoryPage</name>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Import into directory…</source>
        <translation>In Verzeichnis &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the bot&apos;s install events (.jsonl) or a CSV of people</source>
        <translation>Installationsereignisse des Bots (.jsonl) oder eine CSV-Datei mit Personen importieren</translation>
    </message>
    <message>
        <source>S&amp;ync directory</source>
        <translation>Verzeichnis &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Refresh teams, channels and rosters from Teams through the signed-in bot</source>
        <translation>Teams, Kanäle und Mitgliederlisten über den angemeldeten Bot aus Teams aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import or sync</source>
        <translation>Import oder Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Find people</source>
        <translation>Personen s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Add to audience</source>
        <translation>Zur Zielgruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected people to the audience of the next message</source>
        <translation>Ausgewählte Personen zur Zielgruppe der nächsten Nachricht hinzufügen</translation>
    </message>
    <message>
        <source>Sync the directory from Teams (F5)</source>
        <translation>Verzeichnis aus Teams synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Sign in to a bot to sync the directory</source>
        <translation>Melden Sie sich bei einem Bot an, um das Verzeichnis zu synchronisieren</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>In das Verzeichnis importieren</translation>
    </message>
    <message>
        <source>Install events and people (*.jsonl *.json *.ndjson *.csv)</source>
        <translation>Installationsereignisse und Personen (*.jsonl *.json *.ndjson *.csv)</translation>
    </message>
    <message>
        <source>Install events as JSON lines (*.jsonl *.json *.ndjson)</source>
        <translation>Installationsereignisse als JSON Lines (*.jsonl *.json *.ndjson)</translation>
    </message>
    <message>
        <source>People as CSV (*.csv)</source>
        <translation>Personen als CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing can be imported: the directory&apos;s database is not open.</source>
        <translation>Es kann nichts importiert werden: Die Datenbank des Verzeichnisses ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The directory is not available.</source>
        <translation>Das Verzeichnis ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>in the directory</source>
        <translation>im Verzeichnis</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln people to the audience.</source>
        <translation>
            <numerusform>%Ln Person zur Zielgruppe hinzugefügt.</numerusform>
            <numerusform>%Ln Personen zur Zielgruppe hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in it.</source>
        <translation>
            <numerusform>%Ln war bereits enthalten.</numerusform>
            <numerusform>%Ln waren bereits enthalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audience: %Ln people</source>
        <translation>
            <numerusform>Zielgruppe: %Ln Person</numerusform>
            <numerusform>Zielgruppe: %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty.</source>
        <translation>Die Zielgruppe ist leer.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgetreten)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Noch nicht erstellt</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person aus, um ihre Details anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) %1</source>
        <translation>
            <numerusform>%Ln Person %1</numerusform>
            <numerusform>%Ln Personen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) %1 matching &quot;%2&quot;</source>
        <translation>
            <numerusform>%Ln Person %1 passt zu „%2“</numerusform>
            <numerusform>%Ln Personen %1 passen zu „%2“</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — preparing the search…</source>
        <comment>%1: the count of people shown</comment>
        <translation>%1 – Suche wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>herald::ui::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>Über Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Send welcome messages and notifications to Microsoft Teams through your organisation&apos;s bot.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and QtKeychain %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Senden Sie Willkommensnachrichten und Benachrichtigungen an Microsoft Teams – über den Bot Ihrer Organisation.&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (ausgeführt mit Qt %3) und QtKeychain %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>herald::ui::SendDialog</name>
    <message>
        <source>Send this message through &quot;%1&quot;.</source>
        <translation>Diese Nachricht über „%1“ senden.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; through &quot;%2&quot;.</source>
        <translation>„%1“ über „%2“ senden.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Herald could not list the teams: %1</source>
        <translation>Herald konnte die Teams nicht auflisten: %1</translation>
    </message>
    <message>
        <source>The bot is no longer installed in this team.</source>
        <translation>Der Bot ist in diesem Team nicht mehr installiert.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln people in the audience list</source>
        <translation>
            <numerusform>Die %Ln Person in der Zielgruppenliste</numerusform>
            <numerusform>Die %Ln Personen in der Zielgruppenliste</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald could not work out the audience: %1</source>
        <translation>Herald konnte die Zielgruppe nicht ermitteln: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) will get this message.</source>
        <translation>
            <numerusform>%Ln Empfänger erhält diese Nachricht.</numerusform>
            <numerusform>%Ln Empfänger erhalten diese Nachricht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: the bot cannot reach them.</source>
        <translation>
            <numerusform>%Ln ausgelassen: Der Bot kann diese Person nicht erreichen.</numerusform>
            <numerusform>%Ln ausgelassen: Der Bot kann diese Personen nicht erreichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen entry(s) matched nobody.</source>
        <translation>
            <numerusform>%Ln ausgewählter Eintrag ergab keinen Treffer.</numerusform>
            <numerusform>%Ln ausgewählte Einträge ergaben keinen Treffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) get a first message from the bot: their chat is created first.</source>
        <translation>
            <numerusform>%Ln Person erhält eine erste Nachricht vom Bot: Ihr Chat wird zuerst erstellt.</numerusform>
            <numerusform>%Ln Personen erhalten eine erste Nachricht vom Bot: Ihre Chats werden zuerst erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retries and throttling by Teams come on top.</source>
        <translation>Hinzu kommen Wiederholungen und Drosselung durch Teams.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Ausgelassen (%1)</translation>
    </message>
    <message>
        <source>Not found (%1)</source>
        <translation>Nicht gefunden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %Ln recipient(s)</source>
        <translation>
            <numerusform>An %Ln Empfänger &amp;senden</numerusform>
            <numerusform>An %Ln Empfänger &amp;senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this audience can be sent to.</source>
        <translation>An niemanden in dieser Zielgruppe kann gesendet werden.</translation>
    </message>
    <message>
        <source>Preview: nobody to send to yet.</source>
        <translation>Vorschau: noch keine Empfänger.</translation>
    </message>
    <message>
        <source>Preview for %1, the first recipient:</source>
        <translation>Vorschau für %1, den ersten Empfänger:</translation>
    </message>
    <message>
        <source>This message cannot be sent: %1</source>
        <translation>Diese Nachricht kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Cancel without sending</source>
        <translation>Abbrechen, ohne zu senden</translation>
    </message>
    <message numerus="yes">
        <source>a 1:1 message to each of %Ln member(s)</source>
        <translation>
            <numerusform>eine 1:1-Nachricht an %Ln Mitglied</numerusform>
            <numerusform>je eine 1:1-Nachricht an %Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team %1: a personal message to each of its %Ln member(s)</source>
        <translation>
            <numerusform>Team %1: eine persönliche Nachricht an %Ln Mitglied</numerusform>
            <numerusform>Team %1: eine persönliche Nachricht an jedes seiner %Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams or channels in the directory yet.</source>
        <translation>Noch keine Teams oder Kanäle im Verzeichnis.</translation>
    </message>
    <message>
        <source>Herald could not list the channels: %1</source>
        <translation>Herald konnte die Kanäle nicht auflisten: %1</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source>one post in the channel</source>
        <translation>ein Beitrag im Kanal</translation>
    </message>
    <message>
        <source>Channel %1 of %2: one new post</source>
        <translation>Kanal %1 im Team %2: ein neuer Beitrag</translation>
    </message>
    <message>
        <source>Herald cannot work out the audience any more: its campaigns page is gone.</source>
        <translation>Herald kann die Zielgruppe nicht mehr ermitteln: Die Kampagnenseite ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Working out who gets the message…</source>
        <translation>Empfänger werden ermittelt…</translation>
    </message>
    <message>
        <source>Nobody is chosen yet: add people to the audience in the directory, or check a team or a channel.</source>
        <translation>Noch niemand ausgewählt: Fügen Sie im Verzeichnis Personen zur Zielgruppe hinzu, oder setzen Sie bei einem Team oder Kanal ein Häkchen.</translation>
    </message>
    <message>
        <source>Start the campaign: send to every recipient counted above</source>
        <translation>Die Kampagne starten: an alle oben gezählten Empfänger senden</translation>
    </message>
    <message>
        <source>Go back to the composer; nothing is sent</source>
        <translation>Zurück zum Verfassen; es wird nichts gesendet</translation>
    </message>
    <message>
        <source>The audience list is empty (add people on the Directory page)</source>
        <translation>Die Zielgruppenliste ist leer (Personen auf der Seite „Verzeichnis“ hinzufügen)</translation>
    </message>
</context>
<context>
    <name>herald::ui::SignInDialog</name>
    <message>
        <source>Show the secret</source>
        <translation>Geheimen Clientschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Saved. The secret is in your system&apos;s keychain.</source>
        <translation>Gespeichert. Der geheime Clientschlüssel befindet sich im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Enter your bot&apos;s details from its Azure app registration, or try the sandbox.</source>
        <translation>Geben Sie die Angaben Ihres Bots aus seiner Azure-App-Registrierung ein, oder probieren Sie die Sandbox aus.</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Geheimen Clientschlüssel ausblenden</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Enter the bot&apos;s client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel des Bots ein.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secret from your keychain? The bot itself is not changed.</source>
        <translation>Profil „%1“ und seinen geheimen Clientschlüssel aus Ihrem Schlüsselbund entfernen? Der Bot selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but the keychain kept its secret: %2</source>
        <translation>„%1“ wurde entfernt, aber der geheime Clientschlüssel verblieb im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Close the dialog without signing in</source>
        <translation>Den Dialog schließen, ohne sich anzumelden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>herald::ui::ThroughputChart</name>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>No messages sent in the last minute.</source>
        <translation>In der letzten Minute wurden keine Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>%1 messages per second now; peak %2 in the last minute.</source>
        <translation>Aktuell %1 Nachrichten pro Sekunde; Spitzenwert %2 in der letzten Minute.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Send proactive Microsoft Teams messages through your organisation&apos;s bot.</source>
        <translation>Proaktive Nachrichten in Microsoft Teams über den Bot Ihrer Organisation senden.</translation>
    </message>
    <message>
        <source>Run against Herald&apos;s built-in simulated Teams tenant.</source>
        <translation>Mit dem integrierten, simulierten Teams-Mandanten von Herald ausführen.</translation>
    </message>
    <message>
        <source>Open the bot profile NAME.</source>
        <translation>Das Bot-Profil NAME öffnen.</translation>
    </message>
    <message>
        <source>Keep settings and data in DIR.</source>
        <translation>Einstellungen und Daten in DIR speichern.</translation>
    </message>
    <message>
        <source>Open the main window, check it, and exit.</source>
        <translation>Hauptfenster öffnen, prüfen und beenden.</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Print how long the directory took to appear, and exit.</source>
        <translation>Ausgeben, wie lange das Verzeichnis bis zur Anzeige brauchte, und beenden.</translation>
    </message>
    <message>
        <source>Save a picture of a page (directory, composer or campaign) to FILE and exit.</source>
        <translation>Ein Bild einer Seite (directory, composer oder campaign) in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>--screenshot %1 needs a FILE to write.</source>
        <translation>--screenshot %1 braucht eine Datei (FILE), in die geschrieben wird.</translation>
    </message>
</context>
</TS>
