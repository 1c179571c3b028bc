#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lathe {

// A promptfoo test file referenced from a config (tests: file://...), read with the dataset
// importers' promptfoo readers (CSV with __expected columns, YAML or JSON test lists) and
// turned back into test objects {vars, assert, description, threshold}.
namespace PromptfooTestFile {

// Appends the file's tests to *tests and one note per special column or key Lathe does not
// use to *notes. False with *error (file:line:column) when the content does not read.
bool read(const QByteArray &bytes, const QString &fileName, QList<QJsonObject> *tests, QStringList *notes,
          QString *error);

} // namespace PromptfooTestFile
} // namespace lathe
