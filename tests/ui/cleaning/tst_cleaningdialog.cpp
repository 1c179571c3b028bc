// The Clean Dataset dialog, offscreen: each tool previews the expected items, Apply writes a
// new version without them, Undo brings the rows back; screenshots of every tab when
// LATHE_SCREENSHOT_DIR is set.
#include "cleaning/cleaningdialog.h"
#include "cleaning/duplicatespage.h"
#include "cleaning/lengthhistogram.h"
#include "cleaning/nearduplicatespage.h"
#include "cleaning/outlierspage.h"
#include "cleaning/personaldatapage.h"
#include "cleaning/spellcheckscanner.h"
#include "cleaning/spellingissuesmodel.h"
#include "cleaning/spellingpage.h"

#include "../../models/cleaning/cleaningfixture.h"

#include "cleaning/duplicaterowsmodel.h"
#include "cleaning/nearduplicatepairsmodel.h"
#include "cleaning/outlierrowsmodel.h"
#include "cleaning/piicellsmodel.h"
#include "workspace/datasetstore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> sampleRows()
{
    QList<QStringList> rows{
        {u"How do I reset my router?"_s, u"Hold the reset button for ten seconds."_s},
        {u"Where is my parcel?"_s, u"Mail kim@example.kr or call 010-1234-5678."_s},
        {u"How do I reset my router?"_s, u"Hold the reset button for ten seconds."_s},
        {u"How do I reset my router ?"_s, u"Hold the reset button for ten seconds."_s},
        {u"Can I pay by card?"_s, u"Yes: 4111 1111 1111 1111 works, 4111-1111-1111-1112 does not."_s},
        {u"환불은 어떻게 하나요?"_s, u"kim@example.kr로 연락 주세요. 주민등록번호 900101-1234568은 보내지 마세요."_s},
        {u"What is the recieve adress?"_s, u"Send it to the adress on the form."_s},
    };
    const QStringList questions{u"Is there a student discount?"_s, u"Can I change my delivery date?"_s,
                                u"Do you ship abroad?"_s, u"How long is the warranty?"_s, u"Can I cancel an order?"_s,
                                u"Is the app free?"_s, u"Where can I find the manual?"_s, u"Do you have gift cards?"_s};
    for (const QString &q : questions)
        rows.append({q, u"Please see the help page for details."_s});
    rows.append({u"Why?"_s, QString(600, u'a')});
    return rows;
}

bool waitIdle(CleaningPage *page)
{
    return QTest::qWaitFor([page] { return !page->isPreviewing(); }, 10000);
}

qint64 rowsOfHead(Database &db, qint64 datasetId)
{
    DatasetStore store(db);
    return store.find(datasetId)->head.rowCount;
}

} // namespace

class TestCleaningDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_id = 0;
    int m_n = 0;

    std::unique_ptr<CleaningDialog> open()
    {
        auto dialog = std::make_unique<CleaningDialog>(m_ws->database(), m_id);
        QSignalSpy loaded(dialog.get(), &CleaningDialog::loaded);
        dialog->show();
        if (!loaded.wait(10000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = cleaningtest::createWorkspace(m_dir, u"w%1.lathe"_s.arg(++m_n));
        QVERIFY(m_ws);
        m_id = cleaningtest::makeDataset(m_ws->database(), u"support"_s, {u"question"_s, u"answer"_s}, sampleRows());
        QVERIFY(m_id > 0);
    }

    void duplicatesApplyAndUndo()
    {
        auto dialog = open();
        QVERIFY(dialog);
        QCOMPARE(dialog->versionNumber(), 1);
        DuplicatesPage *page = dialog->duplicatesPage();
        QAbstractItemModelTester tester(page->rowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(page));
        QCOMPARE(page->rowsModel()->rowCount(), 2);          // rows 1 and 3
        QCOMPARE(page->rowsModel()->checkedCount(), 1);
        QVERIFY(page->applyButton()->isEnabled());

        QSignalSpy changed(dialog.get(), &CleaningDialog::datasetChanged);
        QSignalSpy loaded(dialog.get(), &CleaningDialog::loaded);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.at(0).at(1).toInt(), 2);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog->versionNumber(), 2);
        QCOMPARE(rowsOfHead(m_ws->database(), m_id), sampleRows().size() - 1);
        QVERIFY(waitIdle(page));
        QCOMPARE(page->rowsModel()->rowCount(), 0);
        QVERIFY(!page->applyButton()->isEnabled());

        QVERIFY(dialog->undoButton()->isEnabled());
        QTest::mouseClick(dialog->undoButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.at(1).at(1).toInt(), 3);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(rowsOfHead(m_ws->database(), m_id), sampleRows().size());
        QVERIFY(!dialog->undoButton()->isEnabled());
        QVERIFY(waitIdle(page));
        QCOMPARE(page->rowsModel()->rowCount(), 2);
    }

    void untickedItemsStay()
    {
        auto dialog = open();
        QVERIFY(dialog);
        NearDuplicatesPage *page = dialog->nearDuplicatesPage();
        dialog->tabs()->setCurrentWidget(page);
        QVERIFY(waitIdle(page));
        // Row 3 equals row 1 after normalisation; row 4 differs by one space.
        QCOMPARE(page->pairsModel()->rowCount(), 2);
        page->pairsModel()->setChecked(1, false);
        QSignalSpy loaded(dialog.get(), &CleaningDialog::loaded);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(rowsOfHead(m_ws->database(), m_id), sampleRows().size() - 1);
    }

    void outliersAndPersonalData()
    {
        auto dialog = open();
        QVERIFY(dialog);
        OutliersPage *outliers = dialog->outliersPage();
        QVERIFY(waitIdle(outliers));
        QVERIFY(outliers->rowsModel()->rowCount() >= 1);
        QCOMPARE(outliers->rowsModel()->data(outliers->rowsModel()->index(outliers->rowsModel()->rowCount() - 1, 1)).toInt(),
                 int(sampleRows().size()));

        PersonalDataPage *pii = dialog->personalDataPage();
        QAbstractItemModelTester tester(pii->cellsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(pii));
        QCOMPARE(pii->cellsModel()->rowCount(), 3);
        QCOMPARE(pii->cellsModel()->report().found.value(PiiType::Card), 1);
        // Phones off: the phone-only part stays, the cell still has an email.
        pii->typeBox(PiiType::Phone)->setChecked(false);
        QVERIFY(QTest::qWaitFor([pii] { return pii->isPreviewing(); }, 1000) || !pii->isPreviewing());
        QVERIFY(waitIdle(pii));
        QCOMPARE(pii->cellsModel()->report().found.value(PiiType::Phone), 0);
        QSignalSpy loaded(dialog.get(), &CleaningDialog::loaded);
        QTest::mouseClick(pii->applyButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        DatasetStore store(m_ws->database());
        const QList<DatasetRow> rows = store.rows(store.find(m_id)->head.id, 0, 10);
        QCOMPARE(rows.at(1).data.value(u"c2"_s).toString(), u"Mail [EMAIL_1] or call 010-1234-5678."_s);
        QCOMPARE(rows.at(5).data.value(u"c2"_s).toString(),
                 u"[EMAIL_1]로 연락 주세요. 주민등록번호 [RRN_1]은 보내지 마세요."_s);
        QVERIFY(waitIdle(pii));
        QCOMPARE(pii->cellsModel()->rowCount(), 0);
    }

    void spelling()
    {
        if (!SpellCheckScanner::availableLanguages().contains(u"en_US"_s))
            QSKIP("no en_US dictionary for Sonnet");
        auto dialog = open();
        QVERIFY(dialog);
        SpellingPage *page = dialog->spellingPage();
        page->languageBox()->setCurrentIndex(page->languageBox()->findData(u"en_US"_s));
        page->previewNow();
        QVERIFY(waitIdle(page));
        SpellingIssuesModel *model = page->issuesModel();
        QStringList words;
        for (int i = 0; i < model->rowCount(); ++i)
            words.append(model->data(model->index(i, 3)).toString());
        QVERIFY2(words.contains(u"recieve"_s) && words.contains(u"adress"_s), qPrintable(words.join(u", "_s)));
        QVERIFY(!words.contains(u"kim"_s));        // inside an email address
        QCOMPARE(model->checkedCount(), 0);         // corrections are opt-in
        const int recieve = int(words.indexOf(u"recieve"_s));
        QVERIFY(model->setData(model->index(recieve, 4), u"receive"_s, Qt::EditRole));
        QCOMPARE(model->checkedCount(), 1);
        QSignalSpy loaded(dialog.get(), &CleaningDialog::loaded);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        DatasetStore store(m_ws->database());
        QCOMPARE(store.rows(store.find(m_id)->head.id, 6, 1).at(0).data.value(u"c1"_s).toString(),
                 u"What is the receive adress?"_s);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LATHE_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        auto dialog = open();
        QVERIFY(dialog);
        const QStringList names{u"duplicates"_s, u"near"_s, u"outliers"_s, u"spelling"_s, u"personal"_s};
        for (int i = 0; i < dialog->tabs()->count(); ++i) {
            dialog->tabs()->setCurrentIndex(i);
            auto *page = static_cast<CleaningPage *>(dialog->tabs()->widget(i));
            QVERIFY(waitIdle(page));
            QTest::qWait(50);   // let the view lay out before grabbing
            QVERIFY(dialog->grab().save(dir + u"/cleaning-"_s + names.at(i) + u".png"_s));
        }
    }
};

QTEST_MAIN(TestCleaningDialog)
#include "tst_cleaningdialog.moc"
