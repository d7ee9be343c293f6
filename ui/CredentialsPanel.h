// CredentialsPanel: the "Connection" box — how to sign in (API token, or email + global API key),
// the masked secret fields, "remember in the system keychain", the advanced API base, and a Verify
// button with the verdict in words. It only collects and shows; MainWindow talks to the API.
#pragma once

#include "Credentials.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace d1x::ui {

class SecretLineEdit;

class CredentialsPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum class Status { Unknown, Busy, Good, Bad };

    explicit CredentialsPanel(QWidget *parent = nullptr);

    Credentials credentials() const;
    Credentials::Scheme scheme() const;
    void setScheme(Credentials::Scheme scheme);
    QString email() const;
    void setEmail(const QString &email);
    // The secret of the current scheme (token or global key).
    QString secret() const;
    void setSecret(const QString &secret);
    // The secret field of one scheme, whichever is shown.
    QString secretFor(Credentials::Scheme scheme) const;
    void setSecretFor(Credentials::Scheme scheme, const QString &secret);

    bool rememberSecret() const;
    void setRememberSecret(bool remember);
    void setRememberAvailable(bool available, const QString &why = {});

    QString apiBase() const;
    void setApiBase(const QString &base);
    bool isApiBaseEdited() const;
    void setAdvancedVisible(bool visible);

    void setStatus(Status status, const QString &text);
    QString statusText() const;

    // Widgets MainWindow puts into the window's tab order.
    QList<QWidget *> tabOrder() const;

signals:
    // Anything that changes who we are or where we talk to: the last verdict no longer holds.
    void credentialsEdited();
    void verifyRequested();
    void rememberToggled(bool remember);
    void schemeChanged(d1x::Credentials::Scheme scheme);
    void emailEditingFinished();

private:
    QComboBox *m_scheme;
    QStackedWidget *m_pages;
    SecretLineEdit *m_token;
    QLineEdit *m_email;
    SecretLineEdit *m_globalKey;
    QCheckBox *m_remember;
    QToolButton *m_advanced;
    QWidget *m_advancedRow;
    QLineEdit *m_apiBase;
    QPushButton *m_verify;
    QLabel *m_statusIcon;
    QLabel *m_status;
    bool m_apiBaseEdited = false;
};

} // namespace d1x::ui
