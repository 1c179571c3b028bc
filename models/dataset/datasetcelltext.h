#pragma once

#include "workspace/datasetcolumn.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace lathe {

// How dataset cell values turn into text and back, shared by the table model and its editors.
namespace DatasetCellText {

// A cell is edited as JSON when its column is a JSON column or it holds an object or array.
bool isStructured(const QJsonValue &value, ColumnType type);

// Shown in a cell: strings as they are, numbers and booleans as JSON writes them, objects and
// arrays as compact JSON, null and absent values as empty.
QString display(const QJsonValue &value);
// display() on one line, for a table cell: line breaks shown as ⏎, long text cut with an
// ellipsis after `maxChars` (the editor and the tooltip show it all).
QString singleLine(const QString &text, int maxChars = 1000);
// Given to an editor: for a structured cell, indented JSON (scalars as JSON literals, so a
// string is quoted); otherwise as display() shows it.
QString edit(const QJsonValue &value, ColumnType type);

// The value an edit stores for `text`. Empty text removes the value (Undefined). A structured
// cell parses the text as one JSON value: nullopt when it is not, with `errorMessage` saying
// where ("line 2, column 5: ..."). A number column stores text that reads as a number as a
// number and anything else as text (types are advisory); a text column stores the text.
std::optional<QJsonValue> parse(const QString &text, ColumnType type, bool structured,
                                QString *errorMessage = nullptr);

} // namespace DatasetCellText

} // namespace lathe
