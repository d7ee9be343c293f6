// TerminationWatcher: turns SIGTERM / SIGINT (logout, Ctrl+C in a terminal, `kill`) into a Qt
// signal, so the app quits through its event loop and its destructors run: a running export is
// cancelled cleanly (no partial file) and the demo emulator is stopped. Unix only; elsewhere inert.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace d1x::ui {

class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace d1x::ui
