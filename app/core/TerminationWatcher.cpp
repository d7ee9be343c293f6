// TerminationWatcher: the self-pipe trick. The handler only writes the signal's number into a
// socket pair (async-signal-safe); a QSocketNotifier reads it in the event loop.
#include "TerminationWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace d1x {

#ifdef Q_OS_UNIX
namespace {
int signalPipe[2] = {-1, -1};
struct sigaction previousTerm = {};
struct sigaction previousInt = {};

void onSignal(int number)
{
    const int savedErrno = errno; // the interrupted code may be about to read it
    const char byte = char(number);
    // Non-blocking: should signals pile up unread, the extra ones are dropped, never block here.
    [[maybe_unused]] const auto ignored = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}

bool setFlags(int fd)
{
    // Close-on-exec: programs started meanwhile (the demo's emulator) do not inherit the pair.
    return ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK) == 0;
}

void closePipe()
{
    for (int &fd : signalPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}
} // namespace
#endif

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (signalPipe[0] >= 0)
        return; // another watcher is active
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        signalPipe[0] = signalPipe[1] = -1;
        return;
    }
    if (!setFlags(signalPipe[0]) || !setFlags(signalPipe[1])) {
        closePipe();
        return;
    }
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte; // one a time: the notifier fires again while more are waiting
        if (::read(signalPipe[0], &byte, 1) == 1)
            emit terminationRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, &previousTerm);
    ::sigaction(SIGINT, &action, &previousInt);
#endif
}

TerminationWatcher::~TerminationWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    ::sigaction(SIGINT, &previousInt, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    closePipe();
#endif
}

} // namespace d1x
