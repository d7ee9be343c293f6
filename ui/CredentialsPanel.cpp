// CredentialsPanel: layout, mnemonics and the verdict line of the Connection box.
#include "CredentialsPanel.h"

#include "ApiEndpoint.h"
#include "SecretLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace d1x::ui {

namespace {
// Rows of the two sign-in pages share their label column width so switching does not shift fields.
QFormLayout *makeForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop); // spare height of the shorter page goes below
    return form;
}
} // namespace

CredentialsPanel::CredentialsPanel(QWidget *parent)
    : QGroupBox(tr("Connection"), parent)
    , m_scheme(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_token(new SecretLineEdit(QStringLiteral("tokenEdit")))
    , m_email(new QLineEdit)
    , m_globalKey(new SecretLineEdit(QStringLiteral("globalKeyEdit")))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_advanced(new QToolButton(this))
    , m_advancedRow(new QWidget(this))
    , m_apiBase(new QLineEdit)
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialsPanel"));

    m_scheme->setObjectName(QStringLiteral("authMethodCombo"));
    m_scheme->addItem(tr("API token (recommended)"), int(Credentials::Scheme::ApiToken));
    m_scheme->addItem(tr("Email and global API key"), int(Credentials::Scheme::GlobalKey));
    m_scheme->setAccessibleName(tr("Sign-in method"));
    auto *schemeLabel = new QLabel(tr("Sign in &with:"), this);
    schemeLabel->setBuddy(m_scheme);

    // Page 0: API token.
    auto *tokenPage = new QWidget;
    auto *tokenForm = makeForm(tokenPage);
    m_token->lineEdit()->setPlaceholderText(tr("Paste an API token with D1 read permission"));
    m_token->lineEdit()->setAccessibleName(tr("API token"));
    auto *tokenLabel = new QLabel(tr("API &token:"));
    tokenLabel->setBuddy(m_token->lineEdit());
    tokenForm->addRow(tokenLabel, m_token);
    // The key page has two rows; this one gives the token page's second row something useful to say.
    auto *tokenHint = new QLabel(tr("<a href=\"https://dash.cloudflare.com/profile/api-tokens\">Create a token</a> "
                                    "(My Profile → API Tokens, D1 Read)"));
    tokenHint->setObjectName(QStringLiteral("tokenHint"));
    tokenHint->setTextFormat(Qt::RichText);
    tokenHint->setOpenExternalLinks(true);
    tokenHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    tokenHint->setForegroundRole(QPalette::PlaceholderText);
    tokenHint->setToolTip(tr("Opens the Cloudflare dashboard in your browser"));
    tokenForm->addRow(QString(), tokenHint);

    // Page 1: email + global API key.
    auto *keyPage = new QWidget;
    auto *keyForm = makeForm(keyPage);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setAccessibleName(tr("Account email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setClearButtonEnabled(true);
    auto *emailLabel = new QLabel(tr("E&mail:"));
    emailLabel->setBuddy(m_email);
    m_globalKey->lineEdit()->setPlaceholderText(tr("Global API key from your Cloudflare profile"));
    m_globalKey->lineEdit()->setAccessibleName(tr("Global API key"));
    auto *keyLabel = new QLabel(tr("Global API &key:"));
    keyLabel->setBuddy(m_globalKey->lineEdit());
    keyForm->addRow(emailLabel, m_email);
    keyForm->addRow(keyLabel, m_globalKey);

    m_pages->setObjectName(QStringLiteral("credentialPages"));
    m_pages->addWidget(tokenPage);
    m_pages->addWidget(keyPage);
    // The taller page decides the height, so switching method never makes the window jump.
    tokenForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    keyForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    tokenLabel->setMinimumWidth(keyLabel->sizeHint().width());
    emailLabel->setMinimumWidth(keyLabel->sizeHint().width());
    schemeLabel->setMinimumWidth(keyLabel->sizeHint().width());

    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Keep the secret in the system keychain so you need not paste it again. "
                              "It is never written to the settings file."));

    // Advanced: where the API lives. Collapsed unless it differs from Cloudflare's own.
    m_advanced->setObjectName(QStringLiteral("advancedButton"));
    m_advanced->setText(tr("A&dvanced"));
    m_advanced->setAutoRaise(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAccessibleName(tr("Show advanced settings"));
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_apiBase->setText(ApiEndpoint::defaultBase());
    m_apiBase->setPlaceholderText(ApiEndpoint::defaultBase());
    m_apiBase->setAccessibleName(tr("API base URL"));
    m_apiBase->setToolTip(tr("Where the Cloudflare API lives. Change it only for a proxy or a local emulator; "
                             "plain http is accepted for this computer only."));
    auto *apiBaseLabel = new QLabel(tr("API base &URL:"), m_advancedRow);
    apiBaseLabel->setBuddy(m_apiBase);
    apiBaseLabel->setMinimumWidth(keyLabel->sizeHint().width());
    auto *advancedLayout = new QHBoxLayout(m_advancedRow);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addWidget(apiBaseLabel);
    advancedLayout->addWidget(m_apiBase, 1);
    m_advancedRow->setVisible(false);
    connect(m_advanced, &QToolButton::clicked, this, [this] {
        setAdvancedVisible(!m_advancedRow->isVisibleTo(this));
        if (m_advancedRow->isVisibleTo(this))
            m_apiBase->setFocus(Qt::TabFocusReason);
    });

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Ask Cloudflare whether these credentials work (Enter in the secret field)"));
    m_verify->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("verifyStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // may quote server text: never rendered as markup
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_statusIcon->setFixedSize(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this),
                               style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this));

    // Layout.
    auto *schemeRow = new QHBoxLayout;
    schemeRow->addWidget(schemeLabel);
    schemeRow->addWidget(m_scheme, 1);

    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_remember);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_advanced);

    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify, 0, Qt::AlignTop);
    verifyRow->addSpacing(6);
    verifyRow->addWidget(m_statusIcon, 0, Qt::AlignTop | Qt::AlignHCenter);
    verifyRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(schemeRow);
    layout->addWidget(m_pages);
    layout->addLayout(optionsRow);
    layout->addWidget(m_advancedRow);
    layout->addLayout(verifyRow);

    // Signals.
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        emit schemeChanged(scheme());
        emit credentialsEdited();
    });
    connect(m_token, &SecretLineEdit::textEdited, this, &CredentialsPanel::credentialsEdited);
    connect(m_globalKey, &SecretLineEdit::textEdited, this, &CredentialsPanel::credentialsEdited);
    connect(m_email, &QLineEdit::textEdited, this, &CredentialsPanel::credentialsEdited);
    connect(m_email, &QLineEdit::editingFinished, this, &CredentialsPanel::emailEditingFinished);
    connect(m_apiBase, &QLineEdit::textEdited, this, [this] {
        m_apiBaseEdited = true;
        emit credentialsEdited();
    });
    // Enter in any field of the box means "check these".
    connect(m_token, &SecretLineEdit::returnPressed, this, &CredentialsPanel::verifyRequested);
    connect(m_globalKey, &SecretLineEdit::returnPressed, this, &CredentialsPanel::verifyRequested);
    connect(m_email, &QLineEdit::returnPressed, this, &CredentialsPanel::verifyRequested);
    connect(m_apiBase, &QLineEdit::returnPressed, this, &CredentialsPanel::verifyRequested);
    connect(m_verify, &QPushButton::clicked, this, &CredentialsPanel::verifyRequested);
    connect(m_remember, &QCheckBox::toggled, this, &CredentialsPanel::rememberToggled);

    setStatus(Status::Unknown, tr("Not verified yet."));
}

Credentials CredentialsPanel::credentials() const
{
    if (scheme() == Credentials::Scheme::GlobalKey)
        return Credentials::fromGlobalKey(m_email->text(), m_globalKey->text());
    return Credentials::fromToken(m_token->text());
}

Credentials::Scheme CredentialsPanel::scheme() const
{
    return Credentials::Scheme(m_scheme->currentData().toInt());
}

void CredentialsPanel::setScheme(Credentials::Scheme scheme)
{
    m_scheme->setCurrentIndex(m_scheme->findData(int(scheme)));
}

QString CredentialsPanel::email() const
{
    return m_email->text().trimmed();
}

void CredentialsPanel::setEmail(const QString &email)
{
    m_email->setText(email);
}

QString CredentialsPanel::secret() const
{
    return secretFor(scheme());
}

void CredentialsPanel::setSecret(const QString &secret)
{
    setSecretFor(scheme(), secret);
}

QString CredentialsPanel::secretFor(Credentials::Scheme scheme) const
{
    return (scheme == Credentials::Scheme::GlobalKey ? m_globalKey->text() : m_token->text()).trimmed();
}

void CredentialsPanel::setSecretFor(Credentials::Scheme scheme, const QString &secret)
{
    (scheme == Credentials::Scheme::GlobalKey ? m_globalKey : m_token)->setText(secret);
}

bool CredentialsPanel::rememberSecret() const
{
    return m_remember->isChecked();
}

void CredentialsPanel::setRememberSecret(bool remember)
{
    const QSignalBlocker blocker(m_remember); // a restored choice is not a new decision
    m_remember->setChecked(remember);
}

void CredentialsPanel::setRememberAvailable(bool available, const QString &why)
{
    m_remember->setEnabled(available);
    m_remember->setToolTip(available ? tr("Keep the secret in the system keychain so you need not paste it again. "
                                          "It is never written to the settings file.")
                                     : why);
}

QString CredentialsPanel::apiBase() const
{
    return m_apiBase->text().trimmed();
}

void CredentialsPanel::setApiBase(const QString &base)
{
    m_apiBase->setText(base.isEmpty() ? ApiEndpoint::defaultBase() : base);
    m_apiBaseEdited = false;
    if (!base.isEmpty() && base != ApiEndpoint::defaultBase())
        setAdvancedVisible(true); // never hide that we are not talking to Cloudflare itself
}

bool CredentialsPanel::isApiBaseEdited() const
{
    return m_apiBaseEdited;
}

void CredentialsPanel::setAdvancedVisible(bool visible)
{
    m_advancedRow->setVisible(visible);
    m_advanced->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setAccessibleName(visible ? tr("Hide advanced settings") : tr("Show advanced settings"));
}

void CredentialsPanel::setStatus(Status status, const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    QPalette pal = palette();
    switch (status) {
    case Status::Good:
        icon = QStyle::SP_DialogApplyButton;
        pal.setColor(QPalette::WindowText, QColor(0x1a, 0x7f, 0x37));
        break;
    case Status::Bad:
        icon = QStyle::SP_MessageBoxCritical;
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        break;
    case Status::Busy:
        icon = QStyle::SP_BrowserReload;
        break;
    case Status::Unknown:
        break;
    }
    m_status->setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(size, size));
    m_verify->setEnabled(status != Status::Busy);
}

QString CredentialsPanel::statusText() const
{
    return m_status->text();
}

QList<QWidget *> CredentialsPanel::tabOrder() const
{
    return {m_scheme,         m_token->lineEdit(), m_token->showButton(), m_email, m_globalKey->lineEdit(),
            m_globalKey->showButton(), m_remember, m_advanced, m_apiBase, m_verify};
}

} // namespace d1x::ui
