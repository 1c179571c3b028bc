#pragma once

#include <QDialog>

namespace lathe {

// Help > About: Lathe's version and the versions of the libraries it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Qt 6.8.2, QScintilla 2.14.1, ..." as shown in the dialog; used by tests and bug reports.
    static QString libraryVersions();
};

} // namespace lathe
