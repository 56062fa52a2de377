#include "AppController.h"

#include "AudienceList.h"
#include "CampaignsPage.h"
#include "ComposeView.h"
#include "DirectoryPage.h"
#include "MainWindow.h"
#include "SendDialog.h"

#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "auth/TokenProvider.h"
#include "common/Translations.h"
#include "connector/ConnectorClient.h"
#include "sandbox/SandboxThread.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStatusBar>

namespace herald::ui {

namespace {

const QString kSandboxProfile = QStringLiteral("Sandbox");

} // namespace

AppController::AppController(DataDirectory dataDir, Options options, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
    , m_settings(m_dataDir.settingsPath())
    , m_layout(m_settings)
    , m_window(std::make_unique<MainWindow>())
    , m_profiles(std::make_unique<auth::ProfileStore>(m_dataDir.settingsPath()))
    , m_secrets(new auth::SecretStore(this))
    , m_nam(new QNetworkAccessManager(this))
{
    connect(m_window.get(), &MainWindow::switchProfileRequested, this,
            [this] { openSignInDialog(m_profile ? m_profile->name : QString(), QString()); });
    connect(m_window.get(), &MainWindow::languageChosen, this, &AppController::chooseLanguage);
    connect(m_window.get(), &MainWindow::closing, this, &AppController::saveLayout);
    openDirectory();
    m_compose = new ComposeView(m_dataDir.path(), m_nam);
    m_window->addPage(m_compose, tr("Compose"));
    // File → New message (Ctrl+N) from any page; the draft being written stays restorable.
    m_window->addFileActions({m_compose->newMessageAction(), m_compose->restoreDraftAction()});
    connect(m_compose, &ComposeView::showRequested, this, [this] { m_window->showPage(m_compose); });
    openCampaigns();
    m_window->setLanguages(availableLanguages(), m_settings.language());
    if (!m_settings.windowGeometry().isEmpty())
        m_window->restoreGeometry(m_settings.windowGeometry());
    if (!m_settings.windowState().isEmpty())
        m_window->restoreState(m_settings.windowState());
}

void AppController::openDirectory()
{
    auto database = store::Database::open(m_dataDir.databasePath());
    if (database)
        m_database = std::move(database).value();
    m_directory = new DirectoryPage(m_database.get());
    if (!database)
        m_directory->showMessage(
            tr("Herald could not open its database, so the directory is empty and nothing can be "
               "imported: %1")
                .arg(database.error().message),
            true);
    m_window->addPage(m_directory, tr("Directory"));
    m_window->addFileActions({m_directory->importAction()});
    m_window->addMenu(m_directory->menu());
    connect(m_window.get(), &MainWindow::filesDropped, m_directory, &DirectoryPage::importFiles);
    connect(m_directory, &DirectoryPage::showRequested, this, [this] { m_window->showPage(m_directory); });
}

void AppController::openCampaigns()
{
    m_campaigns = new CampaignsPage(m_database.get());
    delivery::RunOptions options;
    options.pacing.globalRps = m_settings.globalRequestsPerSecond();
    m_campaigns->setRunOptions(options);
    m_window->addPage(m_campaigns, tr("Campaigns"));
    m_window->statusBar()->addPermanentWidget(m_campaigns->statusLabel());
    connect(m_compose, &ComposeView::sendRequested, this, [this](const compose::Draft &draft) {
        const QStringList people = m_directory ? m_directory->audience()->ids() : QStringList();
        if (QDialog *dialog = m_campaigns->confirmSend(draft, people)) {
            m_layout.track(dialog);
            connect(dialog, &QDialog::accepted, this, [this] { m_window->showPage(m_campaigns); });
        }
    });
    m_campaigns->offerInterrupted(); // campaigns a crash or a kill stopped: offered for resume
}

void AppController::importSandboxOrganisation()
{
    // A newcomer sees a full directory at once: the sandbox's org, as its install events, on first start.
    if (!m_sandbox || !m_directory || !m_directory->hasDatabase() || !m_directory->isEmpty())
        return;
    m_directory->importFromUrl(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("_sandbox/installs.jsonl"))),
                               m_nam, tr("the sandbox's organisation"));
    // Install events carry ids only: a sync brings the rosters' names and memberships.
    m_directory->requestSync();
}

void AppController::restoreLayout()
{
    // After the window is shown, so that splitters share out the room they really have.
    if (QWidget *page = m_window->page(m_settings.currentPage()))
        m_window->showPage(page);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the page laid out at its real size
    m_layout.restore(m_window.get());
}

void AppController::saveLayout()
{
    m_settings.setWindowGeometry(m_window->saveGeometry());
    m_settings.setWindowState(m_window->saveState());
    if (const QWidget *page = m_window->currentPage())
        m_settings.setCurrentPage(page->objectName());
    m_layout.save(m_window.get()); // and syncs
}

void AppController::chooseLanguage(const QString &language)
{
    m_settings.setLanguage(language);
    m_settings.sync();
    m_window->setConnectionText(tr("Herald will use the chosen language from its next start."));
}

AppController::~AppController()
{
    if (m_window->isVisible())
        saveLayout(); // not closed first (e.g. the session ended): keep the layout all the same
    delete m_dialog;
    if (m_directory)
        m_directory->setConnector(nullptr); // stops a sync before its client goes
    if (m_campaigns)
        m_campaigns->setCredentials({}, QString()); // pauses runners before their client goes
    m_connector.reset();
    m_tokens.reset();
}

MainWindow *AppController::mainWindow() const
{
    return m_window.get();
}

const auth::Profile *AppController::signedInProfile() const
{
    return m_profile.get();
}

connector::ConnectorClient *AppController::connector() const
{
    return m_connector.get();
}

void AppController::start()
{
    m_window->show();
    restoreLayout();
    if (m_options.sandbox) {
        const auto sandbox = startSandbox();
        if (!sandbox) {
            openSignInDialog(QString(), sandbox.error().message);
            return;
        }
        signInWith(*sandbox);
        return;
    }
    const QString name = m_options.profile.isEmpty() ? m_profiles->lastUsedProfile() : m_options.profile;
    const auto profile = m_profiles->get(name);
    if (name.isEmpty() || !profile) {
        openSignInDialog(QString(),
                         name.isEmpty() ? QString() : tr("There is no profile named \"%1\".").arg(name));
        return;
    }
    if (profile->cloud == auth::Cloud::Sandbox) {
        // The sandbox lives in this process: start it again and sign in to its new address.
        const auto sandbox = startSandbox();
        if (sandbox) {
            signInWith(*sandbox);
            return;
        }
    }
    m_window->setConnectionText(tr("Opening \"%1\"…").arg(name));
    QPointer<AppController> self(this);
    m_secrets->resolve(name, QString(), [self, profile = *profile](Result<QString> secret) {
        if (!self)
            return;
        if (!secret) {
            self->openSignInDialog(profile.name, secret.error().message);
            return;
        }
        self->signInWith({profile, *secret});
    });
}

Result<SignInCredentials> AppController::startSandbox()
{
    if (!m_sandbox) {
        sandbox::SandboxOptions options;
        if (m_options.sandboxMembers > 0)
            options.members = m_options.sandboxMembers;
        m_sandbox = std::make_unique<sandbox::SandboxThread>(options);
        const auto port = m_sandbox->start();
        if (!port) {
            m_sandbox.reset();
            return port.error();
        }
        importSandboxOrganisation();
    }
    const sandbox::SandboxOptions defaults;
    auth::Profile profile;
    profile.name = kSandboxProfile;
    profile.cloud = auth::Cloud::Sandbox;
    profile.tenantId = defaults.tenantId;
    profile.appId = defaults.appId;
    profile.serviceUrl = m_sandbox->baseUrl();
    profile.loginUrl = m_sandbox->baseUrl();
    // The sandbox's secret is public and changes nothing real: it is kept in memory only.
    const Status stored =
        m_profiles->contains(profile.name) ? m_profiles->update(profile) : m_profiles->add(profile);
    if (!stored)
        return stored.error();
    return SignInCredentials{profile, defaults.appSecret};
}

void AppController::signInWith(const SignInCredentials &credentials)
{
    if (m_directory)
        m_directory->setConnector(nullptr);
    if (m_campaigns)
        m_campaigns->setCredentials({}, QString());
    if (m_compose)
        m_compose->setSendEnabled(false, tr("Sign in to send."));
    m_connector.reset();
    m_tokens = std::make_unique<auth::TokenProvider>(credentials.profile, credentials.secret, m_nam, nullptr);
    m_connector = std::make_unique<connector::ConnectorClient>(credentials.profile, m_tokens.get(), m_nam);
    m_profile = std::make_unique<auth::Profile>(credentials.profile);
    (void)m_profiles->setLastUsedProfile(credentials.profile.name);
    m_window->setConnectionText(tr("Signing in as \"%1\"…").arg(credentials.profile.name));
    QPointer<AppController> self(this);
    const QString name = credentials.profile.name;
    m_tokens->token([self, name, credentials](Result<QString> token) {
        if (!self || !self->m_profile || self->m_profile->name != name)
            return;
        if (!token) {
            self->m_window->setConnectionText(tr("Not signed in"));
            self->openSignInDialog(name, token.error().message);
            return;
        }
        self->m_window->setConnectionText(
            self->m_profile->cloud == auth::Cloud::Sandbox
                ? tr("Signed in to the sandbox tenant at %1").arg(self->m_profile->serviceUrl.toString())
                : tr("Signed in as \"%1\" (tenant %2)").arg(name, self->m_profile->tenantId));
        if (self->m_directory)
            self->m_directory->setConnector(self->m_connector.get());
        if (self->m_campaigns)
            self->m_campaigns->setCredentials(credentials.profile,
                                              credentials.secret); // sends on its own thread
        if (self->m_compose)
            self->m_compose->setSendEnabled(true, tr("Check the audience and send (Ctrl+Return)."));
        Q_EMIT self->signedIn(name);
    });
}

void AppController::openSignInDialog(const QString &profileName, const QString &message)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(
            m_profiles.get(), m_secrets, m_nam, [this] { return startSandbox(); }, m_window.get());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_layout.track(m_dialog);
        connect(m_dialog, &QDialog::accepted, this, [this] {
            if (m_dialog)
                signInWith(m_dialog->credentials());
        });
    }
    if (!profileName.isEmpty())
        m_dialog->selectProfile(profileName);
    if (!message.isEmpty())
        m_dialog->showMessage(message, true);
    m_dialog->open();
}

} // namespace herald::ui
