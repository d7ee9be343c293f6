// RequestBudget on a clock the test drives (no waiting): the tokens run out at the limit, each comes back
// a window (plus the margin) after its request was answered, a request still in flight keeps its token,
// polls of a running export have a reserve of their own, and however late requests reach the server
// and their answers come back (and with a reserve's worth sent outside the budget), no window of the
// server's ever holds more than the limit, while the budget still lets the limit's worth through.
#include "RequestBudget.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <queue>
#include <vector>

using namespace d1x;

namespace {
// A budget on a clock the test sets.
struct DrivenBudget {
    DrivenBudget(int limit, qint64 windowMs)
        : budget(limit, windowMs)
    {
        budget.setClock([this] { return now; });
    }
    qint64 now = 0;
    RequestBudget budget;
};

// The window the budget actually waits: the server's plus its margin.
qint64 spacing(qint64 windowMs)
{
    return windowMs * (100 + RequestBudget::MarginPercent) / 100;
}
} // namespace

class TestRequestBudget : public QObject
{
    Q_OBJECT
private slots:
    void tokensRunOutAtTheLimit();
    void tokenComesBackAWindowAfterItsAnswer();
    void requestInFlightKeepsItsToken();
    void unknownOrRepeatedAnswersChangeNothing();
    void pollsOfARunningExportHaveAReserve();
    void neverMoreThanTheLimitInAnyWindow_data();
    void neverMoreThanTheLimitInAnyWindow();
    void parsesLimitAndSeconds();
};

void TestRequestBudget::tokensRunOutAtTheLimit()
{
    DrivenBudget driven(3, 1000);
    RequestBudget &budget = driven.budget;
    qint64 &now = driven.now;
    for (qint64 expected = 0; expected < 3; ++expected) {
        qint64 token = -1;
        QCOMPARE(budget.take(&token), qint64(0));
        QCOMPARE(token, expected);
    }
    qint64 token = -7;
    QVERIFY(budget.take(&token) > 0); // the fourth must wait
    QCOMPARE(token, qint64(-7));      // and took nothing
    QCOMPARE(budget.requestsTaken(), qint64(3));
    now = 100000; // time alone returns nothing: none of the three was answered
    QVERIFY(budget.take(&token) > 0);
    QCOMPARE(budget.requestsTaken(), qint64(3));
}

void TestRequestBudget::tokenComesBackAWindowAfterItsAnswer()
{
    DrivenBudget driven(2, 1000);
    RequestBudget &budget = driven.budget;
    qint64 &now = driven.now;
    qint64 a = -1, b = -1, c = -1;
    QCOMPARE(budget.take(&a), qint64(0));
    QCOMPARE(budget.take(&b), qint64(0));
    now = 200;
    budget.answered(a);
    now = 500;
    budget.answered(b);
    // The third waits for the first's answer plus the window (and margin), to the millisecond.
    now = 600;
    QCOMPARE(budget.take(&c), 200 + spacing(1000) - 600);
    now = 200 + spacing(1000) - 1;
    QCOMPARE(budget.take(&c), qint64(1));
    now = 200 + spacing(1000);
    QCOMPARE(budget.take(&c), qint64(0));
    QCOMPARE(c, qint64(2));
    // The fourth: the second's answer plus the window.
    qint64 d = -1;
    QCOMPARE(budget.take(&d), 500 + spacing(1000) - now);
    now = 500 + spacing(1000);
    QCOMPARE(budget.take(&d), qint64(0));
    QCOMPARE(d, qint64(3));
    QCOMPARE(budget.requestsTaken(), qint64(4));
}

void TestRequestBudget::requestInFlightKeepsItsToken()
{
    DrivenBudget driven(2, 1000);
    RequestBudget &budget = driven.budget;
    qint64 &now = driven.now;
    qint64 a = -1, b = -1, c = -1;
    QCOMPARE(budget.take(&a), qint64(0));
    QCOMPARE(budget.take(&b), qint64(0));
    budget.answered(b); // the later one answered first; the earlier is still on its way
    now = 10 * spacing(1000);
    const qint64 wait = budget.take(&c);
    QVERIFY(wait > 0);
    QVERIFY(wait < 1000); // asks again soon: the answer may come any moment
    budget.answered(a);
    QVERIFY(budget.take(&c) > 0); // answered just now: a window from now
    now += spacing(1000);
    QCOMPARE(budget.take(&c), qint64(0));
}

void TestRequestBudget::unknownOrRepeatedAnswersChangeNothing()
{
    DrivenBudget driven(1, 1000);
    RequestBudget &budget = driven.budget;
    qint64 &now = driven.now;
    qint64 a = -1;
    QCOMPARE(budget.take(&a), qint64(0));
    budget.answered(a + 5);
    budget.answered(-1);
    qint64 b = -1;
    now = 5000;
    QVERIFY(budget.take(&b) > 0); // still in flight as far as the budget knows
    budget.answered(a);
    now = 6000;
    budget.answered(a); // a second answer does not move its window
    now = 5000 + spacing(1000);
    QCOMPARE(budget.take(&b), qint64(0));
}

void TestRequestBudget::pollsOfARunningExportHaveAReserve()
{
    DrivenBudget driven(200, 1000);
    RequestBudget &budget = driven.budget;
    qint64 &now = driven.now;
    QCOMPARE(budget.reserve(), 2); // 1 % each
    qint64 token = -1;
    for (int i = 0; i < 196; ++i) {
        QCOMPARE(budget.take(&token), qint64(0));
        budget.answered(token);
    }
    QVERIFY(budget.take(&token) > 0);       // ordinary requests leave both reserves alone
    QCOMPARE(budget.take(&token, true), qint64(0)); // a poll may use the first
    QCOMPARE(budget.take(&token, true), qint64(0));
    QVERIFY(budget.take(&token, true) > 0); // the second is for requests the budget never sees
    QCOMPARE(budget.requestsTaken(), qint64(198));
    now = spacing(1000);
    QCOMPARE(budget.take(&token), qint64(0)); // all answered at 0: back a window later
}

void TestRequestBudget::neverMoreThanTheLimitInAnyWindow_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<int>("senders");
    QTest::addColumn<int>("maxLatencyMs"); // each way
    QTest::newRow("one at a time, quick answers") << 10 << qint64(1000) << 1 << 5;
    QTest::newRow("one at a time, slow answers") << 10 << qint64(1000) << 1 << 400;
    QTest::newRow("four at once, late arrivals") << 12 << qint64(1000) << 4 << 700;
    QTest::newRow("Cloudflare's 1,200 per 5 minutes, two at once") << 1200 << qint64(300000) << 2 << 100;
    QTest::newRow("1,200 per 5 s, four at once, half of them polls") << 1200 << qint64(5000) << 4 << 3;
}

// Senders that each send one request after another as the budget lets them, to a server that sees
// each request some time after it was sent and answers some time later. The server's view is what
// counts: within any window, at most `limit` requests.
void TestRequestBudget::neverMoreThanTheLimitInAnyWindow()
{
    QFETCH(int, limit);
    QFETCH(qint64, windowMs);
    QFETCH(int, senders);
    QFETCH(int, maxLatencyMs);
    const int total = limit * 6 + limit / 2;
    DrivenBudget driven(limit, windowMs);
    RequestBudget &budget = driven.budget;
    qint64 &now = driven.now;
    QRandomGenerator random(limit * 31 + senders * 7 + maxLatencyMs);

    struct Event {
        qint64 at;
        int sender;
        qint64 token; // -1: the sender asks the budget; otherwise: this request's answer arrives
        bool operator>(const Event &o) const { return at != o.at ? at > o.at : sender > o.sender; }
    };
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    for (int s = 0; s < senders; ++s)
        events.push({0, s, -1});
    // Requests the budget does not see (the command line's look at the token before it), up to a reserve.
    std::vector<qint64> seenByServer(size_t(budget.reserve()), 0);
    int sent = 0;
    while (!events.empty()) {
        const Event e = events.top();
        events.pop();
        now = e.at;
        if (e.token >= 0) {
            budget.answered(e.token);
            events.push({now, e.sender, -1});
            continue;
        }
        if (sent >= total)
            continue;
        qint64 token = -1;
        if (const qint64 wait = budget.take(&token, e.sender % 2 == 1); wait > 0) {
            events.push({now + wait, e.sender, -1});
            continue;
        }
        ++sent;
        const qint64 arrives = now + random.bounded(maxLatencyMs + 1);
        seenByServer.push_back(arrives);
        events.push({arrives + random.bounded(maxLatencyMs + 1), e.sender, token});
    }
    QCOMPARE(sent, total);
    QCOMPARE(qsizetype(seenByServer.size()), qsizetype(total + budget.reserve()));
    QCOMPARE(budget.requestsTaken(), qint64(total));
    std::sort(seenByServer.begin(), seenByServer.end());
    for (size_t i = 0; i + size_t(limit) < seenByServer.size(); ++i) {
        // The request `limit` places later reached the server a whole window after this one.
        QVERIFY2(seenByServer[i + size_t(limit)] - seenByServer[i] >= windowMs,
                 qPrintable(QStringLiteral("requests %1 and %2 reached the server %3 ms apart")
                                .arg(i)
                                .arg(i + size_t(limit))
                                .arg(seenByServer[i + size_t(limit)] - seenByServer[i])));
    }
    // And the budget is not needlessly slow: the request n windows' worth after one of the first burst
    // goes at most n windows later, each stretched by the margin, a round trip and one look at a
    // request still in flight (50 ms); the first burst itself takes the senders' round trips.
    const qint64 last = seenByServer.back();
    // Where the senders are slower than the limit (one at a time, slow answers), they set the pace.
    const qint64 burstMs = qint64((limit + senders - 1) / senders) * 2 * maxLatencyMs;
    // (Ordinary requests go up to the limit less both reserves a window.)
    const qint64 windows = (total - 1) / (limit - 2 * budget.reserve());
    const qint64 limitBound = burstMs + windows * (spacing(windowMs) + 2 * maxLatencyMs + 50) + maxLatencyMs;
    const qint64 senderBound = qint64((total + senders - 1) / senders) * 2 * maxLatencyMs;
    QVERIFY2(last <= qMax(limitBound, senderBound),
             qPrintable(QStringLiteral("the last request reached the server after %1 ms").arg(last)));
    QVERIFY(last >= 6 * windowMs);
}

void TestRequestBudget::parsesLimitAndSeconds()
{
    QCOMPARE(RequestBudget::parse(QStringLiteral("1200/300")), std::make_optional(std::make_pair(1200, qint64(300000))));
    QCOMPARE(RequestBudget::parse(QStringLiteral(" 1200 / 2.5 ")), std::make_optional(std::make_pair(1200, qint64(2500))));
    QVERIFY(!RequestBudget::parse(QStringLiteral("1200")));
    QVERIFY(!RequestBudget::parse(QStringLiteral("0/300")));
    QVERIFY(!RequestBudget::parse(QStringLiteral("1200/0")));
    QVERIFY(!RequestBudget::parse(QStringLiteral("a/b")));
    QVERIFY(!RequestBudget::parse(QString()));
}

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
