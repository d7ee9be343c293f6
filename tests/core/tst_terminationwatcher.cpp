// TerminationWatcher: SIGTERM and SIGINT raised in this process become its Qt signal (the process
// goes on), one watcher at a time, and the handlers that were there before come back when it goes.
// The real programs are covered end to end by tst_cli (interruptCleansUp).
#include "TerminationWatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>

using namespace d1x;

namespace {
// The handler installed for `number` right now.
void (*handlerOf(int number))(int)
{
    struct sigaction current = {};
    ::sigaction(number, nullptr, &current);
    return current.sa_handler;
}
} // namespace

class TestTerminationWatcher : public QObject
{
    Q_OBJECT
private slots:
    void signalBecomesAQtSignal_data();
    void signalBecomesAQtSignal();
    void oneWatcherAtATime();
    void previousHandlersComeBack();
};

void TestTerminationWatcher::signalBecomesAQtSignal_data()
{
    QTest::addColumn<int>("number");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestTerminationWatcher::signalBecomesAQtSignal()
{
    QFETCH(int, number);
    TerminationWatcher watcher;
    QVERIFY(watcher.isActive());
    QSignalSpy requested(&watcher, &TerminationWatcher::terminationRequested);
    ::raise(number); // handled: the process goes on, and the event loop hears of it
    ::raise(number);
    QTRY_COMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).at(0).toInt(), number);
    QCOMPARE(requested.at(1).at(0).toInt(), number);
}

void TestTerminationWatcher::oneWatcherAtATime()
{
    auto first = std::make_unique<TerminationWatcher>();
    TerminationWatcher second;
    QVERIFY(first->isActive());
    QVERIFY(!second.isActive());
    QSignalSpy heardByFirst(first.get(), &TerminationWatcher::terminationRequested);
    ::raise(SIGTERM);
    QVERIFY(heardByFirst.wait(5000));
    first.reset();
    // Once the first is gone, a new one takes over.
    TerminationWatcher third;
    QVERIFY(third.isActive());
    QSignalSpy heardByThird(&third, &TerminationWatcher::terminationRequested);
    ::raise(SIGINT);
    QVERIFY(heardByThird.wait(5000));
    QCOMPARE(heardByThird.first().first().toInt(), int(SIGINT));
}

void TestTerminationWatcher::previousHandlersComeBack()
{
    // SIG_IGN stands for whatever the program had before: it must be back afterwards (the default
    // action would end this test process, which is the point of checking without raising).
    const auto termBefore = std::signal(SIGTERM, SIG_IGN);
    const auto intBefore = std::signal(SIGINT, SIG_IGN);
    {
        TerminationWatcher watcher;
        QVERIFY(watcher.isActive());
        QVERIFY(handlerOf(SIGTERM) != SIG_IGN);
        QVERIFY(handlerOf(SIGINT) != SIG_IGN);
    }
    QVERIFY(handlerOf(SIGTERM) == SIG_IGN);
    QVERIFY(handlerOf(SIGINT) == SIG_IGN);
    ::raise(SIGTERM); // ignored, as before the watcher: the test goes on
    std::signal(SIGTERM, termBefore);
    std::signal(SIGINT, intBefore);
}

QTEST_GUILESS_MAIN(TestTerminationWatcher)
#include "tst_terminationwatcher.moc"
