// The fallback icon theme: every action icon Lathe asks for by name resolves to one of its own
// SVGs and renders sharp (opaque pixels) at normal and high-DPI sizes.
#include "icontheme.h"

#include <QDirIterator>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIconTheme final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lathe::IconTheme::install();
        lathe::IconTheme::install();   // idempotent
        QCOMPARE(QIcon::themeSearchPaths().count(u":/icons"_s), 1);
    }

    void everyShippedIconRendersAtEverySize()
    {
        QDirIterator it(u":/icons/lathe/scalable/actions"_s);
        int count = 0;
        while (it.hasNext()) {
            const QString name = it.nextFileInfo().completeBaseName();
            const QIcon icon = QIcon::fromTheme(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            for (int size : {16, 32, 64}) {
                const QImage image = icon.pixmap(size, size).toImage();
                QCOMPARE(image.width(), size);
                int opaque = 0;
                for (int y = 0; y < size; ++y)
                    for (int x = 0; x < size; ++x)
                        opaque += qAlpha(image.pixel(x, y)) > 128;
                QVERIFY2(opaque > size / 2, qPrintable(u"%1 at %2 px is blank"_s.arg(name).arg(size)));
            }
            ++count;
        }
        QVERIFY(count >= 30);
    }

    void namesUsedByTheActionsResolve()
    {
        for (const char *name : {"document-new", "document-open", "document-save-as", "document-export", "edit-copy",
                                 "go-up", "go-down", "media-playback-start", "process-stop", "view-refresh"})
            QVERIFY2(!QIcon::fromTheme(QLatin1StringView(name)).isNull(), name);
    }
};

QTEST_MAIN(TestIconTheme)
#include "tst_icontheme.moc"
