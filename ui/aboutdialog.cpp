#include "aboutdialog.h"

#include "core/buildinfo.h"

#include <ksyntaxhighlighting_version.h>
#include <Qsci/qsciglobal.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lathe {

QString AboutDialog::libraryVersions()
{
    return tr("Qt %1, QScintilla %2, KSyntaxHighlighting %3, SQLite %4, libcurl %5")
        .arg(BuildInfo::qtVersion(), QStringLiteral(QSCINTILLA_VERSION_STR),
             QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), BuildInfo::sqliteVersion(),
             BuildInfo::curlVersion());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Lathe"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Lathe %1</h2>").arg(BuildInfo::versionString()), this);
    auto *blurb = new QLabel(tr("A desktop workbench for prompt engineering and evaluation."), this);
    auto *libs = new QLabel(this);
    libs->setText(tr("<p>Built on:</p><ul><li>Qt %1</li><li>QScintilla %2</li>"
                     "<li>KSyntaxHighlighting %3</li><li>SQLite %4</li><li>libcurl %5</li></ul>")
                      .arg(BuildInfo::qtVersion(), QStringLiteral(QSCINTILLA_VERSION_STR),
                           QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
                           BuildInfo::sqliteVersion(), BuildInfo::curlVersion()));
    libs->setObjectName(QStringLiteral("libraryVersions"));
    libs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addWidget(libs);
    layout->addWidget(buttons);
}

} // namespace lathe
