#include "chartpane.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

namespace lathe {

using namespace Qt::StringLiterals;

ChartPane::ChartPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new QChartView(this))
{
    m_empty->setObjectName(u"chartEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 260);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ChartPane::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);   // the view owns the new chart; the old one is ours to delete
    if (old != chart)
        delete old;
    m_stack->setCurrentWidget(m_view);
}

void ChartPane::showEmpty(const QString &text)
{
    setChart(new QChart);
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

QChart *ChartPane::chart() const
{
    return isEmpty() ? nullptr : m_view->chart();
}

QString ChartPane::emptyText() const
{
    return isEmpty() ? m_empty->text() : QString();
}

bool ChartPane::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChartPane::showTip(const QString &text)
{
    m_tip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartPane::exportPng(const QString &path, QString *error) const
{
    if (isEmpty()) {
        *error = tr("There is no chart to export.");
        return false;
    }
    const QSize size = m_view->viewport()->size();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_view->sceneRect());
    }
    if (!image.save(path, "PNG")) {
        *error = tr("Could not write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

bool ChartPane::exportSvg(const QString &path, QString *error) const
{
    if (isEmpty()) {
        *error = tr("There is no chart to export.");
        return false;
    }
    const QSize size = m_view->viewport()->size();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_view->chart()->title());
    svg.setDescription(tr("Chart exported from Lathe"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = tr("Could not write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_view->sceneRect());
    painter.end();
    return true;
}

void ChartPane::exportWithDialog(bool svg, const QString &baseName)
{
    const QString suffix = svg ? u"svg"_s : u"png"_s;
    auto *dialog = new QFileDialog(this, svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"),
                                   baseName + u'.' + suffix, svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, svg](const QString &path) {
        QString error;
        if (svg ? exportSvg(path, &error) : exportPng(path, &error))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Chart"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void ChartPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        Q_EMIT paletteChanged();
}

} // namespace lathe
