#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace lathe {

// A table model's text for the clipboard, in the model's row and column order (give it the
// view's proxy to follow the view's sort). `rows` limits it to those rows (all when empty).
// Each starts with a header line from the horizontal header.
namespace TableText {

// Tab-separated values; tabs and line breaks inside a cell become spaces.
QString tsv(const QAbstractItemModel &model, const QList<int> &rows = {});
// A GitHub-flavoured Markdown table; `|` is escaped; a cell whose `boldRole` data is true is
// written in bold (boldRole < 0: none). Numbers (cells aligned right) are right-aligned.
QString markdown(const QAbstractItemModel &model, int boldRole = -1, const QList<int> &rows = {});

} // namespace TableText

} // namespace lathe
