#include "CloudflareEmulator.h"
#include <QtTest>
class TestEmulator : public QObject { Q_OBJECT private slots: void listens() { emu::CloudflareEmulator e; QVERIFY(e.listen()); } };
QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
