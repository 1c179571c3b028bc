#include "demomanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

// Throws nothing: collects the first problem in *error and keeps going with defaults.
struct Reader
{
    QString *error;
    void require(bool ok, const QString &what)
    {
        if (!ok && error->isEmpty())
            *error = what;
    }
};

} // namespace

std::optional<DemoManifest> DemoManifest::load(const QString &folder, QString *error)
{
    const QString file = QDir(folder).filePath(u"demo.json"_s);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the demo manifest: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("%1: not a JSON object: %2").arg(file, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    DemoManifest m;
    m.folder = QFileInfo(folder).absoluteFilePath();
    m.project = str(root, "project"_L1);
    m.description = str(root, "description"_L1);
    m.provider = root.value("provider"_L1).toObject();
    for (const QJsonValue &v : root.value("models"_L1).toArray())
        m.models << v.toString();
    for (const QJsonValue &v : root.value("pricing"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        m.pricing.append({str(o, "model"_L1), o.value("input_per_mtok"_L1).toDouble(),
                          o.value("output_per_mtok"_L1).toDouble()});
    }
    for (const QJsonValue &v : root.value("datasets"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Dataset d{str(o, "name"_L1), str(o, "file"_L1), o.value("rows"_L1).toInteger(),
                  str(o, "description"_L1), str(o, "scorers"_L1), {}};
        const QJsonObject roles = o.value("roles"_L1).toObject();
        for (auto it = roles.begin(); it != roles.end(); ++it)
            d.roles.insert(it.key(), it.value().toString());
        m.datasets.append(d);
    }
    for (const QJsonValue &v : root.value("prompts"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Prompt p{str(o, "name"_L1), str(o, "dataset"_L1), {}, {}};
        for (const QJsonValue &vv : o.value("versions"_L1).toArray()) {
            const QJsonObject ov = vv.toObject();
            p.versions.append({str(ov, "file"_L1), str(ov, "message"_L1), ov.value("params"_L1).toObject()});
        }
        const QJsonObject labels = o.value("labels"_L1).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            p.labels.insert(it.key(), it.value().toInt());
        m.prompts.append(p);
    }
    for (const QJsonValue &v : root.value("runs"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Run r{str(o, "key"_L1), str(o, "name"_L1), str(o, "prompt"_L1), {}};
        for (const QJsonValue &n : o.value("versions"_L1).toArray())
            r.versions << n.toInt();
        m.runs.append(r);
    }
    m.outputsPattern = str(root, "outputs"_L1);
    m.votes = str(root, "votes"_L1);

    QString problem;
    Reader check{&problem};
    check.require(!m.project.isEmpty(), tr("\"project\" is missing"));
    check.require(!str(m.provider, "name"_L1).isEmpty(), tr("\"provider\" needs a name"));
    check.require(!m.models.isEmpty(), tr("\"models\" is empty"));
    check.require(m.outputsPattern.contains(u"{prompt}"_s) && m.outputsPattern.contains(u"{version}"_s)
                      && m.outputsPattern.contains(u"{model}"_s),
                  tr("\"outputs\" must contain {prompt}, {version} and {model}"));
    for (const Dataset &d : std::as_const(m.datasets))
        check.require(!d.name.isEmpty() && !d.file.isEmpty() && d.rows > 0,
                      tr("dataset \"%1\" needs a name, a file and its row count").arg(d.name));
    for (const Prompt &p : std::as_const(m.prompts)) {
        check.require(!p.versions.isEmpty(), tr("prompt \"%1\" has no versions").arg(p.name));
        for (auto it = p.labels.begin(); it != p.labels.end(); ++it)
            check.require(it.value() >= 1 && it.value() <= p.versions.size(),
                          tr("label \"%1\" of \"%2\" names no version").arg(it.key(), p.name));
    }
    for (const Run &r : std::as_const(m.runs)) {
        const Prompt *p = m.prompt(r.prompt);
        check.require(p != nullptr, tr("run \"%1\" names an unknown prompt \"%2\"").arg(r.key, r.prompt));
        for (int n : r.versions)
            check.require(p && n >= 1 && n <= p->versions.size(),
                          tr("run \"%1\" names version %2, which \"%3\" does not have").arg(r.key).arg(n).arg(r.prompt));
    }
    for (const QString &path : m.files())
        check.require(QFileInfo(m.path(path)).isFile(), tr("missing file %1").arg(path));
    if (!problem.isEmpty()) {
        *error = tr("%1: %2").arg(file, problem);
        return std::nullopt;
    }
    return m;
}

QString DemoManifest::path(const QString &relative) const
{
    return QDir(folder).filePath(relative);
}

QString DemoManifest::outputsPath(const QString &promptName, int version, const QString &model) const
{
    QString p = outputsPattern;
    p.replace(u"{prompt}"_s, promptName).replace(u"{version}"_s, QString::number(version)).replace(u"{model}"_s, model);
    return path(p);
}

const DemoManifest::Prompt *DemoManifest::prompt(const QString &name) const
{
    for (const Prompt &p : prompts)
        if (p.name == name)
            return &p;
    return nullptr;
}

const DemoManifest::Run *DemoManifest::run(const QString &key) const
{
    for (const Run &r : runs)
        if (r.key == key)
            return &r;
    return nullptr;
}

QStringList DemoManifest::files() const
{
    QStringList out;
    for (const Dataset &d : datasets) {
        out << d.file;
        if (!d.scorers.isEmpty())
            out << d.scorers;
    }
    for (const Prompt &p : prompts)
        for (const Version &v : p.versions)
            out << v.file;
    for (const Run &r : runs)
        for (int n : r.versions)
            for (const QString &model : models) {
                QString p = outputsPattern;
                out << p.replace(u"{prompt}"_s, r.prompt).replace(u"{version}"_s, QString::number(n)).replace(u"{model}"_s, model);
            }
    if (!votes.isEmpty())
        out << votes;
    return out;
}

} // namespace lathe
