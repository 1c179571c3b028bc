#pragma once

#include <QList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;

namespace lathe {

// The controls above a ComparisonView: one picker per output place (A and B required, C and D
// may be "(none)"), the display switches (Markdown, differences between outputs, against the
// expected answer, next row after a vote) and the review progress.
class ComparisonBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonBar(QWidget *parent = nullptr);

    // The run's columns as (run_columns id, label) and the ids shown, in place order. Emits
    // nothing.
    void setChoices(const QList<std::pair<qint64, QString>> &columns, const QList<qint64> &shown);
    // The ids picked, in place order, without the "(none)" places.
    QList<qint64> picked() const;
    const QList<QComboBox *> &pickers() const { return m_pickers; }

    QCheckBox *markdownBox() const { return m_markdown; }
    QCheckBox *othersBox() const { return m_others; }
    QCheckBox *expectedBox() const { return m_expected; }
    QCheckBox *advanceBox() const { return m_advance; }
    void setProgress(const QString &text);
    QString progress() const;

Q_SIGNALS:
    // The user changed a picker.
    void columnsPicked(const QList<qint64> &ids);

private:
    QList<QComboBox *> m_pickers;
    QCheckBox *m_markdown = nullptr;
    QCheckBox *m_others = nullptr;
    QCheckBox *m_expected = nullptr;
    QCheckBox *m_advance = nullptr;
    QLabel *m_progress = nullptr;
    bool m_filling = false;
};

} // namespace lathe
