// The pricing table: stored entries (add, replace, remove, validation) and how a model finds
// its price (exact name first, then the most specific glob) and what a result costs.
#include "run/pricetable.h"
#include "workspace/pricingstore.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestPricing final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"p%1.lathe"_s.arg(++m_n)), {}, &error);
        QVERIFY(m_ws);
    }
    void cleanup() { m_ws.reset(); }

    void storeAddsReplacesAndRemoves()
    {
        PricingStore store(m_ws->database());
        StoreError error;
        QVERIFY(store.list().isEmpty());
        QVERIFY(store.save({u"gpt-4o*"_s, 2.5, 10.0, u"USD"_s}, &error));
        QVERIFY(store.save({u"claude-3-haiku"_s, 0.25, 1.25, u"EUR"_s}, &error));
        QVERIFY(store.save({u"gpt-4o*"_s, 2.0, 8.0, u"USD"_s}, &error));   // replaces
        const QList<ModelPrice> prices = store.list();
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0), (ModelPrice{u"claude-3-haiku"_s, 0.25, 1.25, u"EUR"_s}));
        QCOMPARE(prices.at(1).inputPerMTok, 2.0);
        QVERIFY(store.remove(u"claude-3-haiku"_s, &error));
        QVERIFY(!store.remove(u"claude-3-haiku"_s, &error));
        QCOMPARE(error.code, StoreError::NotFound);
        QCOMPARE(store.list().size(), 1);
    }

    void storeRefusesInvalidPrices_data()
    {
        QTest::addColumn<ModelPrice>("price");
        QTest::addRow("empty model") << ModelPrice{u"  "_s, 1, 1, u"USD"_s};
        QTest::addRow("negative") << ModelPrice{u"m"_s, -1, 1, u"USD"_s};
        QTest::addRow("not finite") << ModelPrice{u"m"_s, 1, std::numeric_limits<double>::infinity(), u"USD"_s};
        QTest::addRow("currency") << ModelPrice{u"m"_s, 1, 1, u"dollars"_s};
    }
    void storeRefusesInvalidPrices()
    {
        QFETCH(ModelPrice, price);
        StoreError error;
        QVERIFY(!PricingStore(m_ws->database()).save(price, &error));
        QCOMPARE(error.code, StoreError::Invalid);
        QVERIFY(PricingStore(m_ws->database()).list().isEmpty());
    }

    void exactNameBeatsTheMostSpecificGlob()
    {
        const PriceTable table({{u"*"_s, 9, 9, u"USD"_s},
                                {u"gpt-4o*"_s, 2.5, 10, u"USD"_s},
                                {u"gpt-4o-mini*"_s, 0.15, 0.6, u"USD"_s},
                                {u"gpt-4o-mini-2024-07-18"_s, 0.1, 0.5, u"USD"_s},
                                {u"claude-?-haiku"_s, 0.25, 1.25, u"EUR"_s}});
        QCOMPARE(table.find(u"gpt-4o-mini-2024-07-18"_s)->inputPerMTok, 0.1);
        QCOMPARE(table.find(u"gpt-4o-mini"_s)->inputPerMTok, 0.15);
        QCOMPARE(table.find(u"gpt-4o-2024-08-06"_s)->inputPerMTok, 2.5);
        QCOMPARE(table.find(u"claude-3-haiku"_s)->currency, u"EUR"_s);
        QCOMPARE(table.find(u"claude-3.5-haiku"_s)->inputPerMTok, 9.0);   // '?' is one character
        QCOMPARE(table.find(u"GPT-4O"_s)->inputPerMTok, 9.0);             // case-sensitive
        QVERIFY(!PriceTable({{u"gpt-4o"_s, 1, 1, u"USD"_s}}).find(u"gpt-4o-mini"_s));   // whole name
    }

    void costIsPerMillionTokens()
    {
        const PriceTable table({{u"m"_s, 3.0, 15.0, u"USD"_s}});
        QCOMPARE(*table.cost(u"m"_s, 1'000'000, 0), 3.0);
        QCOMPARE(*table.cost(u"m"_s, 2000, 500), (2000 * 3.0 + 500 * 15.0) / 1e6);
        QCOMPARE(*table.cost(u"m"_s, 0, 0), 0.0);
        QVERIFY(!table.cost(u"other"_s, 10, 10));
        QVERIFY(!table.cost(u"m"_s, -1, 10));   // usage not reported
        QVERIFY(PriceTable().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
