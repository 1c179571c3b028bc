#include "svgchart.h"

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

QString anchorName(ChartScene::Anchor a)
{
    switch (a) {
    case ChartScene::Anchor::Start: return u"start"_s;
    case ChartScene::Anchor::Middle: return u"middle"_s;
    case ChartScene::Anchor::End: return u"end"_s;
    }
    return u"start"_s;
}

} // namespace

QString SvgChart::render(const ChartScene &scene)
{
    QString out;
    out += u"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 "_s + num(scene.width)
        + u' ' + num(scene.height) + u"\" width=\""_s + num(scene.width) + u"\" height=\""_s + num(scene.height)
        + u"\" font-family=\"sans-serif\" aria-label=\""_s + scene.title.toHtmlEscaped() + u"\">\n<title>"_s
        + scene.title.toHtmlEscaped() + u"</title>\n"_s;
    for (const ChartScene::Item &i : scene.items) {
        switch (i.kind) {
        case ChartScene::Item::Kind::Rect:
            out += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\""_s.arg(
                num(i.rect.x()), num(i.rect.y()), num(i.rect.width()), num(i.rect.height()), i.fill.toHtmlEscaped());
            if (!i.stroke.isEmpty())
                out += u" stroke=\""_s + i.stroke.toHtmlEscaped() + u'"';
            out += i.text.isEmpty() ? u"/>\n"_s : u"><title>"_s + i.text.toHtmlEscaped() + u"</title></rect>\n"_s;
            break;
        case ChartScene::Item::Kind::Line:
            out += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"/>\n"_s.arg(
                num(i.line.x1()), num(i.line.y1()), num(i.line.x2()), num(i.line.y2()), i.stroke.toHtmlEscaped(),
                num(i.strokeWidth));
            break;
        case ChartScene::Item::Kind::Text:
            out += u"<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" fill=\"%5\""_s.arg(
                num(i.at.x()), num(i.at.y()), num(i.fontSize), anchorName(i.anchor), i.fill.toHtmlEscaped());
            if (i.bold)
                out += u" font-weight=\"bold\""_s;
            out += u'>' + i.text.toHtmlEscaped() + u"</text>\n"_s;
            break;
        }
    }
    out += u"</svg>"_s;
    return out;
}

} // namespace lathe
