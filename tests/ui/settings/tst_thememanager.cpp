// ThemeManager and EditorFontApplier: Dark gives the whole application a dark window colour
// and prompt editors and diff panes follow through the palette change; System restores the
// platform palette and follows the platform's colour scheme; the editor font setting reaches
// open and later editors.
#include "editorfontapplier.h"
#include "editor/prompteditor.h"
#include "screenshot.h"
#include "thememanager.h"

#include "core/appsettings.h"

#include <Qsci/qscilexer.h>

#include <QApplication>
#include <QFontDatabase>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

// Stands for views that paint their own colours (charts): they count on QEvent::PaletteChange.
class PaletteWatcher final : public QWidget
{
public:
    int changes = 0;
    QColor seenWindow;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            ++changes;
            seenWindow = palette().color(QPalette::Window);
        }
        QWidget::changeEvent(event);
    }
};

QColor editorPaper(PromptEditor *editor)
{
    const long bgr = editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, QsciScintillaBase::STYLE_DEFAULT);
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

bool isDark(const QColor &c)
{
    return c.lightness() < 100;
}

} // namespace

class TestThemeManager : public QObject
{
    Q_OBJECT

    QColor m_platformWindow;
    QString m_platformStyle;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"LatheTest"_s);
        QCoreApplication::setApplicationName(u"tst_thememanager"_s);
        QSettings().clear();
        m_platformWindow = QApplication::palette().color(QPalette::Window);
        m_platformStyle = QApplication::style()->name();
        QVERIFY(!isDark(m_platformWindow));   // the offscreen platform is light
    }

    void init() { QSettings().clear(); }

    void darkReachesWindowsEditorsAndCharts()
    {
        AppSettings settings;
        ThemeManager themes(&settings);
        QVERIFY(!themes.isDark());

        QWidget window;
        auto *editor = new PromptEditor(&window);
        editor->setText(u"Hello {{ name }}"_s);
        auto *chart = new PaletteWatcher;
        chart->setParent(&window);
        window.resize(400, 200);
        window.show();
        const QString lightTheme = editor->activeThemeName();
        QVERIFY(!isDark(editorPaper(editor)));

        QVERIFY(settings.setTheme(AppSettings::Theme::Dark));
        QVERIFY(themes.isDark());
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QVERIFY(isDark(QApplication::palette().color(QPalette::Window)));
        // Top-level widgets take the new application palette through an event of their window.
        QTRY_VERIFY(isDark(window.palette().color(QPalette::Window)));
        // The editor re-picked a dark KSyntaxHighlighting theme for its new palette.
        QVERIFY(editor->activeThemeName() != lightTheme);
        QVERIFY2(isDark(editorPaper(editor)), qPrintable(editorPaper(editor).name()));
        QVERIFY(chart->changes > 0);
        QVERIFY(isDark(chart->seenWindow));
        lathe::testing::screenshot(&window, u"theme-editor-dark"_s);

        // Back to System: the platform's style and palette, and the editor follows again.
        QVERIFY(settings.setTheme(AppSettings::Theme::System));
        QCOMPARE(QApplication::style()->name(), m_platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        QTRY_COMPARE(editor->activeThemeName(), lightTheme);
        QVERIFY(!isDark(editorPaper(editor)));
    }

    void lightIsLightEvenOnADarkSystem()
    {
        AppSettings settings;
        QVERIFY(settings.setTheme(AppSettings::Theme::Light));
        ThemeManager themes(&settings);
        themes.setSystemColorScheme(Qt::ColorScheme::Dark);
        QVERIFY(!themes.isDark());
        QVERIFY(!isDark(QApplication::palette().color(QPalette::Base)));
        settings.setTheme(AppSettings::Theme::System);
    }

    void systemFollowsThePlatformColourScheme()
    {
        AppSettings settings;
        ThemeManager themes(&settings);
        QSignalSpy applied(&themes, &ThemeManager::applied);
        PromptEditor editor;
        editor.show();
        themes.setSystemColorScheme(Qt::ColorScheme::Dark);
        QVERIFY(themes.isDark());
        QTRY_VERIFY(isDark(editorPaper(&editor)));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).toBool(), true);
        themes.setSystemColorScheme(Qt::ColorScheme::Light);
        QVERIFY(!themes.isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        QTRY_VERIFY(!isDark(editorPaper(&editor)));
    }

    void darkPaletteIsCompleteAndReadable()
    {
        const QPalette dark = ThemeManager::darkPalette();
        QVERIFY(ThemeManager::isDarkPalette(dark));
        QVERIFY(!ThemeManager::isDarkPalette(ThemeManager::lightPalette()));
        // Every role is set, so nothing is filled in from a light platform palette.
        for (int r = 0; r < QPalette::NColorRoles; ++r) {
            const auto role = QPalette::ColorRole(r);
            if (role != QPalette::NoRole)
                QVERIFY2(dark.isBrushSet(QPalette::Active, role), qPrintable(QString::number(r)));
        }
        // Text stands out from its background, also when disabled.
        QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 120);
        QVERIFY(dark.color(QPalette::Disabled, QPalette::Text).lightness()
                    - dark.color(QPalette::Disabled, QPalette::Base).lightness() > 50);
    }

    void editorFontReachesOpenAndLaterEditors()
    {
        const QStringList mono = QFontDatabase::families(QFontDatabase::Any);
        QString family;
        for (const QString &f : mono) {
            if (QFontDatabase::isFixedPitch(f) && f != QFontDatabase::systemFont(QFontDatabase::FixedFont).family()) {
                family = f;
                break;
            }
        }
        if (family.isEmpty())
            family = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();

        AppSettings settings;
        EditorFontApplier fonts(&settings);
        PromptEditor open;
        open.show();
        // The font the lexer gives normal text (style 0), which derives from the editor font.
        const auto base = [](PromptEditor *e) { return e->lexer()->font(0); };
        QCOMPARE(base(&open).pointSize(), QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize());

        QVERIFY(settings.setEditorFont(family, 17));
        QCOMPARE(base(&open).pointSize(), 17);
        QCOMPARE(base(&open).family(), family);

        PromptEditor later;
        later.show();
        QCOMPARE(base(&later).pointSize(), 17);

        // A preview keeps its own font.
        PromptEditor preview;
        preview.setProperty(EditorFontApplier::kOwnFont, true);
        preview.show();
        QVERIFY(base(&preview).pointSize() != 17);

        QVERIFY(settings.setEditorFont(QString(), 0));
        QCOMPARE(base(&open).pointSize(), QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize());
    }
};

QTEST_MAIN(TestThemeManager)
#include "tst_thememanager.moc"
