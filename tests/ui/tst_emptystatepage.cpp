// The welcome page's Open Demo: a fresh, writable copy of the built demo is offered for opening,
// the shipped file is never touched, and a missing demo says what to do instead.
// Saves welcome-page.png (light and dark) when LATHE_SCREENSHOT_DIR is set.
#include "emptystatepage.h"

#include "demo/demobuilder.h"
#include "workspace/recentfiles.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return p;
}

} // namespace

class TestEmptyStatePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openDemoOffersAFreshWritableCopy();
    void missingDemoDisablesTheButtonAndSaysWhatToDo();
    void emptyRecentListSaysWhatToDo();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestEmptyStatePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"share/lathe/demo.lathe"_s);
    QString error;
    QVERIFY2(DemoBuilder(QStringLiteral(LATHE_DEMO_SOURCE)).build(m_demo, false, &error), qPrintable(error));
    RecentFiles::clear();
}

void TestEmptyStatePage::openDemoOffersAFreshWritableCopy()
{
    EmptyStatePage page;
    page.setDemoSource(m_demo);
    page.setDemoCopyFolder(m_dir.filePath(u"copies"_s));
    QVERIFY(page.demoButton()->isEnabled());
    QVERIFY(page.demoText().contains(u"copy"_s));
    const QByteArray before = sha256(m_demo);

    QSignalSpy chosen(&page, &EmptyStatePage::demoChosen);
    QTest::mouseClick(page.demoButton(), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const QString first = chosen.at(0).at(0).toString();
    QVERIFY(QFileInfo(first).absolutePath().startsWith(m_dir.filePath(u"copies"_s)));

    WorkspaceError error;
    {
        std::unique_ptr<Workspace> ws = Workspace::open(first, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QVERIFY(!ws->isReadOnly());
        QCOMPARE(ws->projectName(), u"Lathe demo"_s);
        QVERIFY(ws->setProjectName(u"My experiments"_s, &error));   // the copy is the user's
    }
    QCOMPARE(sha256(m_demo), before);

    // Every click is a new copy: earlier edits never leak into the next demo.
    page.openDemo();
    QCOMPARE(chosen.count(), 2);
    const QString second = chosen.at(1).at(0).toString();
    QVERIFY(second != first);
    std::unique_ptr<Workspace> ws = Workspace::open(second, &error);
    QVERIFY(ws);
    QCOMPARE(ws->projectName(), u"Lathe demo"_s);
}

void TestEmptyStatePage::missingDemoDisablesTheButtonAndSaysWhatToDo()
{
    EmptyStatePage page;
    page.setDemoSource(m_dir.filePath(u"nowhere/demo.lathe"_s));
    QVERIFY(!page.demoButton()->isEnabled());
    QVERIFY(page.demoText().contains(u"not installed"_s));
    QVERIFY(page.demoText().contains(u"New Workspace"_s));

    // The File menu's action reaches openDemo() even with the button disabled.
    QSignalSpy chosen(&page, &EmptyStatePage::demoChosen);
    QSignalSpy unavailable(&page, &EmptyStatePage::demoUnavailable);
    page.openDemo();
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!unavailable.at(0).at(0).toString().isEmpty());
}

void TestEmptyStatePage::emptyRecentListSaysWhatToDo()
{
    RecentFiles::clear();
    EmptyStatePage page;
    QCOMPARE(page.recentList()->count(), 0);
    bool found = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        found = found || (label->text().contains(u"New Workspace"_s) && label->text().contains(u"Open Demo"_s));
    QVERIFY2(found, "the empty recent list should point at New Workspace and Open Demo");
}

void TestEmptyStatePage::screenshot()
{
    const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LATHE_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        EmptyStatePage page;
        page.setDemoSource(m_demo);
        page.resize(900, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy detected(&page, &EmptyStatePage::serversDetected);
        QVERIFY(detected.count() > 0 || detected.wait(5000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);   // the new text's height
        QVERIFY(page.grab().save(QDir(dir).filePath(dark ? u"welcome-page-dark.png"_s : u"welcome-page.png"_s)));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestEmptyStatePage)
#include "tst_emptystatepage.moc"
