// DemoLauncher: runs the bundled D1 emulator (d1-emulator, installed beside d1-exporter) for the
// offline demo. Reads its API_BASE / ACCOUNT_ID / READY lines asynchronously and reports ready()
// or failed(); the emulator is stopped when the launcher goes away (i.e. when the app exits).
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace d1x::ui {

class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // d1-emulator next to the running program.
    static QString defaultProgram();
    static QString demoToken() { return QStringLiteral("demo-token"); }

    // Starts `program` (default: defaultProgram()) with `--sample demo` and `extraArguments`.
    void start(const QString &program = {}, const QStringList &extraArguments = {});
    void stop();
    bool isRunning() const;

    QString apiBase() const { return m_apiBase; }
    QString accountId() const { return m_accountId; }

signals:
    void ready(const QString &apiBase, const QString &accountId, const QString &token);
    void failed(const QString &reason);

private:
    void readOutput();
    void fail(const QString &reason);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_buffer;
    QString m_apiBase;
    QString m_accountId;
    QString m_stderrTail;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace d1x::ui
