// TerminationWatcher: turns SIGTERM / SIGINT (logout, Ctrl+C in a terminal, `kill`) into a Qt
// signal, so a program leaves through its event loop and its destructors run: a running export is
// cancelled cleanly (no partial file) and the demo emulator is stopped. The one home for these
// signals: the desktop app, the command line and the d1-emulator program use it (library d1signals).
// Unix only; elsewhere inert.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace d1x {

class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    // Takes over SIGTERM and SIGINT until it is destroyed, which gives them back to what handled
    // them before. One watcher at a time per process: while one exists, another is inert.
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

    // False when inert (another watcher is active, no signals on this system, or setup failed).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    // Once per signal received; the program decides what ending means (quit, or cancel first).
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace d1x
