#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "Dialogs.h"
#include "Palette.h"

#include "auth/CloudPreset.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "connector/ConnectionCheck.h"

#include <QAction>
#include <QPointer>
#include <QPushButton>

namespace herald::ui {

namespace {

const auth::Cloud kClouds[] = {auth::Cloud::Public, auth::Cloud::Gcc, auth::Cloud::GccHigh, auth::Cloud::DoD,
                               auth::Cloud::Sandbox};

} // namespace

SignInDialog::SignInDialog(auth::ProfileStore *profiles, auth::SecretStore *secrets,
                           QNetworkAccessManager *nam, SandboxStarter sandboxStarter, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SignInDialog)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_check(new connector::ConnectionCheck(nam, nullptr, this))
    , m_sandboxStarter(std::move(sandboxStarter))
{
    m_ui->setupUi(this);
    for (auth::Cloud cloud : kClouds)
        m_ui->cloudCombo->addItem(auth::cloudDisplayName(cloud), static_cast<int>(cloud));

    QAction *reveal = m_ui->secretEdit->addAction(QIcon(QStringLiteral(":/herald/icons/reveal.svg")),
                                                  QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("revealSecretAction"));
    reveal->setToolTip(tr("Show the secret"));
    reveal->setShortcut(QKeySequence(Qt::ALT | Qt::Key_H));
    connect(reveal, &QAction::toggled, this, &SignInDialog::toggleSecretVisible);

    connect(m_ui->profileList, &QListWidget::currentTextChanged, this, &SignInDialog::loadProfile);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SignInDialog::clearForm);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SignInDialog::removeProfile);
    connect(m_ui->cloudCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::onCloudChanged);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SignInDialog::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        save([this](bool ok) {
            if (ok)
                showMessage(tr("Saved. The secret is in your system's keychain."), false);
        });
    });
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_ui->sandboxButton, &QPushButton::clicked, this, &SignInDialog::trySandbox);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        // Between Save and Sign in, as the buttons read.
        cancel->setObjectName(QStringLiteral("cancelButton"));
        cancel->setAccessibleName(tr("Cancel"));
        cancel->setAccessibleDescription(tr("Close the dialog without signing in"));
        setTabOrder(m_ui->saveButton, cancel);
        setTabOrder(cancel, m_ui->signInButton);
    }

    reloadProfiles(m_profiles->lastUsedProfile());
    if (m_ui->profileList->count() == 0)
        clearForm();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::selectProfile(const QString &name)
{
    reloadProfiles(name);
}

void SignInDialog::showMessage(const QString &text, bool isError)
{
    m_ui->statusLabel->setText(text);
    // Teams' attention red, made readable on the window's colour (a dark palette gets a lighter red).
    QPalette colours; // only the text colour set: the rest follows the dialog's palette
    if (isError)
        colours.setColor(QPalette::WindowText, palette::errorColor(palette()));
    m_ui->statusLabel->setPalette(colours);
}

QString SignInDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

SignInCredentials SignInDialog::credentials() const
{
    return m_accepted;
}

void SignInDialog::reloadProfiles(const QString &select, bool loadForm)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const auth::Profile &p : m_profiles->list())
        m_ui->profileList->addItem(p.name);
    const auto found = m_ui->profileList->findItems(select, Qt::MatchExactly);
    const int row =
        found.isEmpty() ? (m_ui->profileList->count() ? 0 : -1) : m_ui->profileList->row(found.first());
    m_ui->profileList->setCurrentRow(row);
    if (row >= 0 && loadForm)
        loadProfile(m_ui->profileList->item(row)->text());
    m_ui->removeButton->setEnabled(row >= 0);
}

void SignInDialog::loadProfile(const QString &name)
{
    const auto profile = m_profiles->get(name);
    if (!profile)
        return;
    m_loadedName = name;
    m_ui->nameEdit->setText(profile->name);
    m_ui->cloudCombo->setCurrentIndex(m_ui->cloudCombo->findData(static_cast<int>(profile->cloud)));
    m_ui->tenantEdit->setText(profile->tenantId);
    m_ui->appEdit->setText(profile->appId);
    m_ui->serviceEdit->setText(profile->serviceUrl.toString());
    m_ui->loginEdit->setText(profile->loginUrl.toString());
    m_ui->secretEdit->clear();
    m_ui->removeButton->setEnabled(true);
    onCloudChanged();
    showMessage(QString(), false);
    // The stored secret fills the field when the keychain answers; typing first wins.
    QPointer<SignInDialog> self(this);
    m_secrets->read(name, [self, name](Result<QString> secret) {
        if (!self || self->m_loadedName != name)
            return;
        if (secret && self->m_ui->secretEdit->text().isEmpty())
            self->m_ui->secretEdit->setText(*secret);
        else if (!secret && secret.error().serviceCode == QStringLiteral("NoKeychain"))
            self->showMessage(secret.error().message, true);
    });
}

void SignInDialog::clearForm()
{
    m_loadedName.clear();
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clearSelection();
        m_ui->profileList->setCurrentRow(-1);
    }
    m_ui->nameEdit->clear();
    m_ui->tenantEdit->clear();
    m_ui->appEdit->clear();
    m_ui->secretEdit->clear();
    m_ui->loginEdit->clear();
    m_ui->serviceEdit->clear();
    m_ui->cloudCombo->setCurrentIndex(0);
    onCloudChanged();
    m_ui->removeButton->setEnabled(false);
    showMessage(tr("Enter your bot's details from its Azure app registration, or try the sandbox."), false);
    m_ui->nameEdit->setFocus();
}

void SignInDialog::onCloudChanged()
{
    const auto cloud = static_cast<auth::Cloud>(m_ui->cloudCombo->currentData().toInt());
    const bool sandbox = cloud == auth::Cloud::Sandbox;
    m_ui->loginEdit->setEnabled(sandbox);
    m_ui->loginLabel->setEnabled(sandbox);
    const auto &preset = auth::CloudPreset::forCloud(cloud);
    m_ui->serviceEdit->setPlaceholderText(preset.defaultServiceUrl.toString());
    // Offer the cloud's own service URL when the field holds another cloud's default.
    bool isSomeDefault = m_ui->serviceEdit->text().isEmpty();
    for (auth::Cloud c : kClouds)
        isSomeDefault = isSomeDefault || m_ui->serviceEdit->text() ==
                                             auth::CloudPreset::forCloud(c).defaultServiceUrl.toString();
    if (isSomeDefault && !sandbox)
        m_ui->serviceEdit->setText(preset.defaultServiceUrl.toString());
}

void SignInDialog::toggleSecretVisible(bool visible)
{
    m_ui->secretEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    if (auto *action = findChild<QAction *>(QStringLiteral("revealSecretAction")))
        action->setToolTip(visible ? tr("Hide the secret") : tr("Show the secret"));
}

auth::Profile SignInDialog::profileFromForm() const
{
    auth::Profile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.cloud = static_cast<auth::Cloud>(m_ui->cloudCombo->currentData().toInt());
    p.tenantId = m_ui->tenantEdit->text().trimmed();
    p.appId = m_ui->appEdit->text().trimmed();
    p.serviceUrl = QUrl(m_ui->serviceEdit->text().trimmed());
    if (p.cloud == auth::Cloud::Sandbox)
        p.loginUrl = QUrl(m_ui->loginEdit->text().trimmed());
    return p;
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->testButton->setText(busy ? tr("Cancel &test") : tr("&Test connection"));
    m_ui->testButton->setAccessibleName(busy ? tr("Cancel the test") : tr("Test connection"));
    m_ui->signInButton->setEnabled(!busy);
    m_ui->saveButton->setEnabled(!busy);
    m_ui->sandboxButton->setEnabled(!busy);
    m_ui->profileList->setEnabled(!busy);
}

void SignInDialog::testConnection()
{
    if (m_busy) {
        m_check->cancel();
        setBusy(false);
        showMessage(tr("Test cancelled."), false);
        return;
    }
    runCheck(false);
}

void SignInDialog::runCheck(bool thenAccept)
{
    const auth::Profile profile = profileFromForm();
    const QString secret = m_ui->secretEdit->text();
    setBusy(true);
    showMessage(thenAccept ? tr("Signing in…") : tr("Testing the connection…"), false);
    m_check->start(profile, secret, QString(),
                   [this, profile, secret, thenAccept](const connector::ConnectionCheck::Outcome &outcome) {
                       setBusy(false);
                       showMessage(outcome.sentence, !outcome.status.ok());
                       Q_EMIT checkFinished(outcome.status.ok(), outcome.sentence);
                       if (outcome.status.ok() && thenAccept) {
                           m_accepted = {profile, secret};
                           (void)m_profiles->setLastUsedProfile(profile.name);
                           accept();
                       }
                   });
}

void SignInDialog::save(std::function<void(bool)> done)
{
    const auth::Profile profile = profileFromForm();
    if (Status valid = profile.validate(); !valid) {
        showMessage(valid.error().message, true);
        done(false);
        return;
    }
    if (m_ui->secretEdit->text().isEmpty()) {
        showMessage(tr("Enter the bot's client secret."), true);
        done(false);
        return;
    }
    QPointer<SignInDialog> self(this);
    const QString previousName = m_loadedName;
    m_secrets->write(
        profile.name, m_ui->secretEdit->text(), [self, profile, previousName, done](Status written) {
            if (!self)
                return;
            if (!written) {
                self->showMessage(written.error().message, true);
                done(false);
                return;
            }
            auth::ProfileStore *store = self->m_profiles;
            Status stored = store->contains(profile.name) ? store->update(profile) : store->add(profile);
            if (stored && !previousName.isEmpty() && previousName != profile.name) {
                (void)store->remove(previousName); // renamed: the old entry goes
                self->m_secrets->remove(previousName, [](Status) {});
            }
            if (!stored) {
                self->showMessage(stored.error().message, true);
                done(false);
                return;
            }
            self->m_loadedName = profile.name;
            self->reloadProfiles(profile.name, false); // the form already shows it, secret included
            done(true);
        });
}

void SignInDialog::signIn()
{
    save([this](bool ok) {
        if (ok)
            runCheck(true);
    });
}

void SignInDialog::trySandbox()
{
    if (!m_sandboxStarter)
        return;
    const auto sandbox = m_sandboxStarter();
    if (!sandbox) {
        showMessage(sandbox.error().message, true);
        return;
    }
    m_loadedName = sandbox->profile.name;
    m_ui->nameEdit->setText(sandbox->profile.name);
    m_ui->cloudCombo->setCurrentIndex(m_ui->cloudCombo->findData(static_cast<int>(auth::Cloud::Sandbox)));
    m_ui->tenantEdit->setText(sandbox->profile.tenantId);
    m_ui->appEdit->setText(sandbox->profile.appId);
    m_ui->serviceEdit->setText(sandbox->profile.serviceUrl.toString());
    m_ui->loginEdit->setText(sandbox->profile.loginUrl.toString());
    m_ui->secretEdit->setText(sandbox->secret);
    onCloudChanged();
    signIn();
}

void SignInDialog::removeProfile()
{
    const QString name = m_loadedName;
    if (name.isEmpty())
        return;
    askQuestion(
        this, QMessageBox::Warning, tr("Remove profile"),
        tr("Remove the profile \"%1\" and its secret from your keychain? The bot itself is not changed.")
            .arg(name),
        tr("Remove"), QMessageBox::DestructiveRole, tr("Keep it"), [this, name] { removeProfileNow(name); })
        ->setObjectName(QStringLiteral("removeProfileBox"));
}

void SignInDialog::removeProfileNow(const QString &name)
{
    QPointer<SignInDialog> self(this);
    m_secrets->remove(name, [self, name](Status removed) {
        if (!self)
            return;
        if (Status s = self->m_profiles->remove(name); !s) {
            self->showMessage(s.error().message, true);
            return;
        }
        self->reloadProfiles(QString());
        if (self->m_ui->profileList->count() == 0)
            self->clearForm();
        self->showMessage(removed ? tr("Removed \"%1\".").arg(name)
                                  : tr("Removed \"%1\", but the keychain kept its secret: %2")
                                        .arg(name, removed.error().message),
                          !removed.ok());
    });
}

} // namespace herald::ui
