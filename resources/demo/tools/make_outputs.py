#!/usr/bin/env python3
"""Writes the demo's stored model outputs (resources/demo/outputs/*.jsonl).

The outputs belong to two made-up model configurations, "sample-model-a" and "sample-model-b";
no model was called. They are derived from the datasets by fixed rules, seeded by a hash of
(row, prompt version, model), so running this again gives the same files:

- support-intent: v1 does not list the labels, so answers are often prose ("This looks like a
  billing question."); v2 lists them; v3 defines them with examples. Each version also picks a
  wrong but plausible label for some tickets, harder tickets more often.
- en-ko-translate: v1 often answers in the informal polite register (해요체), with translationese
  (당신 for "your", literal phrasings) and sometimes a preamble;
  v2 asks for 합니다체 and gets close variants of the reference (synonyms, word order).
- news-brief: v1 copies the article's opening sentences; v2 paraphrases the reference summary
  or (model b, sometimes) returns the lead sentence.

Scores are never written here: Lathe computes them from these outputs with the datasets'
scorers when it builds the demo workspace. Usage: python3 tools/make_outputs.py (from
resources/demo or anywhere).
"""
import csv
import hashlib
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "outputs")
MODELS = ["sample-model-a", "sample-model-b"]


def u(*key):
    """A deterministic number in [0, 1) for the key."""
    h = hashlib.sha256("|".join(str(k) for k in key).encode()).digest()
    return int.from_bytes(h[:8], "big") / 2**64


def pick(seq, *key):
    return seq[int(u(*key) * len(seq))]


def prompt_text(name):
    for ext in ("txt", "json"):
        p = os.path.join(ROOT, "prompts", name + "." + ext)
        if os.path.exists(p):
            text = open(p, encoding="utf-8").read()
            if ext == "json":
                text = " ".join(m["content"] for m in json.loads(text)["messages"])
            return text
    raise SystemExit("no prompt " + name)


def render(template, row):
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: str(row.get(m.group(1), "")), template)


def tokens(text):
    """A rough token count: English about 4 characters a token, Hangul about 1.5."""
    hangul = sum(1 for c in text if "\uac00" <= c <= "\ud7a3")
    return max(1, math.ceil(hangul / 1.5 + (len(text) - hangul) / 4))


def timing(model, prompt_tokens, completion_tokens, *key):
    if model == MODELS[0]:
        ms = 380 + 0.12 * prompt_tokens + 19 * completion_tokens + 260 * u("lat", *key)
    else:
        ms = 240 + 0.08 * prompt_tokens + 12 * completion_tokens + 180 * u("lat", *key)
    if u("slow", *key) < 0.03:   # the occasional slow call
        ms *= 3.2
    return round(ms, 1)


def write(prompt, version, model, rows):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"{prompt}.v{version}.{model}.jsonl")
    template = prompt_text(f"{prompt}.v{version}")
    with open(path, "w", encoding="utf-8") as f:
        for row, output in rows:
            pt = tokens(render(template, row))
            ct = tokens(output)
            rec = {"id": row["id"], "output": output, "latency_ms": timing(model, pt, ct, row["id"], prompt, version),
                   "prompt_tokens": pt, "completion_tokens": ct}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


# --- support-intent --------------------------------------------------------------------------

CONFUSE = {
    "billing": ["refund", "account_access"], "refund": ["billing", "cancellation"],
    "shipping": ["refund", "product_question"], "account_access": ["technical_issue"],
    "technical_issue": ["account_access", "feedback"], "cancellation": ["refund", "billing"],
    "product_question": ["feedback", "technical_issue"], "feedback": ["product_question", "technical_issue"],
}
HUMAN = {
    "billing": "a billing question", "refund": "a refund request", "shipping": "a shipping issue",
    "account_access": "an account access problem", "technical_issue": "a technical issue",
    "cancellation": "a cancellation request", "product_question": "a product question",
    "feedback": "customer feedback",
}
PROSE = ["This looks like {h}.", "Category: {h}", "The customer is describing {h}.",
         "{H}. The customer needs help with it.", "I would classify this as {h}."]
# (chance the label is right, chance the answer is the bare label) per version and model
INTENT_Q = {1: {"a": (0.80, 0.40), "b": (0.74, 0.55)},
            2: {"a": (0.86, 0.94), "b": (0.83, 0.97)},
            3: {"a": (0.96, 1.00), "b": (0.93, 0.99)}}


def intents():
    rows = list(csv.DictReader(open(os.path.join(ROOT, "datasets", "support-tickets.csv"), encoding="utf-8")))
    for version in (1, 2, 3):
        for model in MODELS:
            m = model[-1]
            p_right, p_bare = INTENT_Q[version][m]
            out = []
            for row in rows:
                gold = row["intent"]
                difficulty = 0.5 + u("hard", row["id"])            # 0.5 .. 1.5
                wrong = u("intent", row["id"], version, model) < (1 - p_right) * difficulty
                label = pick(CONFUSE[gold], "confuse", row["id"], model) if wrong else gold
                if u("bare", row["id"], version, model) < p_bare:
                    text = label.capitalize() if (version == 1 and u("cap", row["id"], model) < 0.3) else label
                elif version == 1:
                    t = pick(PROSE, "prose", row["id"], model)
                    text = t.format(h=HUMAN[label], H=HUMAN[label][0].upper() + HUMAN[label][1:])
                else:
                    text = pick(["Intent: {l}", "{l}\n\nThe ticket mentions a {w}.", "The intent is {l}."],
                                "fmt", row["id"], version, model).format(l=label, w=label.replace("_", " "))
                out.append((row, text))
            write("support-intent", version, model, out)


# --- en-ko-translate ---------------------------------------------------------------------------

def has_batchim(ch):
    return "\uac00" <= ch <= "\ud7a3" and (ord(ch) - 0xAC00) % 28 != 0


HAEYO = [("드리겠습니다", "드릴게요"), ("기다리겠습니다", "기다릴게요"), ("겠습니다", "겠어요"),
         ("되었습니다", "됐어요"), ("었습니다", "었어요"), ("았습니다", "았어요"), ("였습니다", "였어요"),
         ("있습니다", "있어요"), ("없습니다", "없어요"), ("않습니다", "않아요"),
         ("합니다", "해요"), ("됩니다", "돼요"), ("마십시오", "마세요")]


def to_haeyo(text):
    """합니다체 -> 해요체 at sentence ends."""
    def one(sentence):
        for a, b in HAEYO:
            if sentence.endswith(a):
                return sentence[: -len(a)] + b
        if sentence.endswith("입니다"):
            stem = sentence[:-3]
            return stem + ("이에요" if stem and has_batchim(stem[-1]) else "예요")
        return sentence
    parts = re.split(r"([.?!])", text)
    return "".join(one(p) if i % 2 == 0 else p for i, p in enumerate(parts))


SYN_KO = [("주문하신 상품", "주문한 상품"), ("영업일 기준 3일 이내에", "3영업일 안에"), ("불편을 드려", "불편을 끼쳐 드려"),
          ("다시 시도해 주세요", "재시도해 주세요"), ("명세서", "카드 명세서"), ("비밀번호 재설정 링크", "비밀번호 초기화 링크"),
          ("고객 지원팀", "고객지원팀"), ("곧 답변을 드리겠습니다", "빠른 시일 내에 답변드리겠습니다"), ("프로 요금제", "Pro 플랜"),
          ("배송지", "배송 주소"), ("최대한 빨리", "가능한 한 빨리"), ("자동으로 갱신됩니다", "자동 갱신됩니다"),
          ("무시하셔도 됩니다", "무시하셔도 괜찮습니다"), ("현재 품절입니다", "현재 재고가 없습니다"), ("교환 상품", "대체 상품"),
          ("스크린샷", "캡처 화면"), ("계정 보안", "계정의 보안"), ("변경되었습니다", "옮겨졌습니다"), ("부가가치세", "부가세"),
          ("언제든지 해지할 수", "언제든 취소할 수"), ("무료 배송", "무료배송"), ("구매 증빙", "구매 증명"), ("무상으로", "무료로"),
          ("평소와 다른", "비정상적인"), ("배터리 수명", "배터리 사용 시간"), ("큰 도움이 됩니다", "도움이 됩니다"),
          ("연중무휴", "매일"), ("최대 용량인", "제한 용량인"), ("문의량이", "문의 전화가"), ("전송된", "보내 드린"),
          ("절대 공유되지", "공유되지"), ("이웃분께", "이웃에게"), ("전액 환불받으실", "전액 환불받을"), ("다크 모드", "어두운 테마"),
          ("중복 적용되지", "함께 적용되지"), ("예약이 확정되었습니다", "예약이 확인되었습니다"), ("정기 점검", "시스템 점검"),
          ("무료 체험 기간이", "체험 기간이"), ("함께 작업해 보세요", "협업해 보세요"), ("결제를 처리할 수 없습니다", "결제가 처리되지 않았습니다"),
          ("사용 설명서는", "매뉴얼은"), ("해외 배송은", "국제 배송은"), ("실시간으로", "실시간"), ("운영하지 않습니다", "휴무입니다"),
          ("확인하는 동안", "확인하는 동안 잠시"), ("출시됩니다", "공개됩니다"), ("다시 문의해 주세요", "다시 연락해 주세요"),
          ("소멸됩니다", "만료됩니다"), ("다시 찾아 주시기를", "또 찾아 주시기를"), ("요청을 접수했으며", "요청이 접수되었으며"),
          ("이 기능은", "해당 기능은"), ("적용됩니다", "제공됩니다"), ("보관해 주세요", "잘 보관해 주세요")]


def substitute(text, count, *key):
    options = [(a, b) for a, b in SYN_KO if a in text]
    for i in range(count):
        if not options:
            break
        a, b = options.pop(int(u("syn", i, *key) * len(options)))
        text = text.replace(a, b, 1)
    return text


# Translationese a weaker prompt gets: "your" as 당신, literal phrasings.
LITERAL = [("회원님의 계정에서", "당신의 계정에서"), ("회원님의 데이터는", "당신의 데이터는"), ("기기가", "당신의 기기가"),
           ("주문하신 상품", "당신이 주문한 상품"), ("불편을 드려 죄송합니다", "불편함에 대해 사과드립니다"),
           ("곧 답변을 드리겠습니다", "곧 당신에게 답변하겠습니다"), ("보내 주신 의견은", "당신의 피드백은"),
           ("기다려 주셔서 감사합니다", "당신의 인내심에 감사드립니다"), ("다시 찾아 주시기를 기다리겠습니다", "곧 다시 뵙기를 희망합니다"),
           ("팀원을 초대해", "당신의 팀원들을 초대하여"), ("앱을 다시 시작한 후", "앱을 재시작하고"),
           ("업로드하신 파일이", "당신이 업로드한 파일이"), ("휴대폰으로 전송된", "당신의 휴대폰으로 보낸")]


def literal(text, *key):
    options = [(a, b) for a, b in LITERAL if a in text]
    if not options:
        return text
    a, b = options[int(u("lit", *key) * len(options))]
    return text.replace(a, b, 1)


def translations():
    rows = list(csv.DictReader(open(os.path.join(ROOT, "datasets", "en-ko-support.csv"), encoding="utf-8")))
    for version in (1, 2):
        for model in MODELS:
            out = []
            for row in rows:
                key = (row["id"], version, model)
                t = row["reference"]
                r = lambda tag: u(tag, *key)
                if version == 1:
                    t = substitute(t, 1 + (r("n") < 0.4), *key) if r("s") < 0.7 else t
                    if r("reg") < (0.85 if model == MODELS[0] else 0.6):
                        t = to_haeyo(t)
                    if r("lit") < (0.5 if model == MODELS[0] else 0.8):
                        t = literal(t, *key)
                    if r("pre") < (0.15 if model == MODELS[0] else 0.25):
                        t = ("번역: " + t) if model == MODELS[0] else ("Here is the Korean translation:\n\n" + t)
                else:
                    if model == MODELS[0]:
                        t = substitute(t, 1 + (r("n") < 0.25), *key) if r("s") < 0.55 else t
                    else:
                        t = substitute(t, 1 + (r("n") < 0.4), *key) if r("s") < 0.7 else t
                        if r("reg") < 0.15:
                            t = to_haeyo(t)
                out.append((row, t))
            write("en-ko-translate", version, model, out)


# --- news-brief --------------------------------------------------------------------------------

# Grammar-safe rewordings (regular expressions, each applied once).
SYN_EN = [(r" about (?=\d)", " around "), (r" more than ", " over "), (r" percent\b", "%"), (r" because ", " as "),
          (r" customers\b", " buyers"), (r" residents\b", " locals"), (r"; ", ", and "), (r" a third\b", " one third"),
          (r" to hire ", " to recruit "), (r" near ", " close to "), (r" record (?=\d)", " record-breaking "),
          (r" won ", " received "), (r" raised (?=\d)", " secured "), (r" fell (?=\d)", " dropped "),
          (r" expand to ", " grow into "), (r" will open a ", " is opening a ")]


# Sentence openings that are not names, so they are lower-cased after "reports that".
COMMON_STARTS = {"The", "A", "An", "All", "More", "Work", "Tickets", "Three", "Average", "Firefighters", "Cafés",
                 "This", "From", "Independent", "Online", "Streaming", "Language", "Energy"}


def sentences(text):
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())


def paraphrase(summary, count, *key):
    options = [(a, b) for a, b in SYN_EN if re.search(a, summary)]
    for i in range(count):
        if not options:
            break
        a, b = options.pop(int(u("para", i, *key) * len(options)))
        summary = re.sub(a, b, summary, count=1)
    return summary


def briefs():
    rows = [json.loads(line) for line in open(os.path.join(ROOT, "datasets", "news-briefs.jsonl"), encoding="utf-8")]
    for version in (1, 2):
        for model in MODELS:
            out = []
            for row in rows:
                key = (row["id"], version, model)
                lead = sentences(row["article"])
                if version == 1:
                    if model == MODELS[0]:
                        t = " ".join(lead[:2])
                    else:
                        first = lead[0]
                        common = first.split(" ", 1)[0] in COMMON_STARTS
                        t = "This article reports that " + (first[0].lower() + first[1:] if common else first) + " " + lead[1]
                elif model == MODELS[0]:
                    t = paraphrase(row["summary"], 1 + int(u("n", *key) * 3), *key)
                elif u("lead", *key) < 0.45:
                    t = lead[0]
                else:
                    t = paraphrase(row["summary"], 2 + int(u("n", *key) * 3), *key)
                out.append((row, t))
            write("news-brief", version, model, out)


if __name__ == "__main__":
    intents()
    translations()
    briefs()
    print("wrote", len(os.listdir(OUT)), "files to", os.path.relpath(OUT))
