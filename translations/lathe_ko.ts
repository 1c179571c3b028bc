<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CaseDetail</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>케이스 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read case %1: %2</source>
        <translation>케이스 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1@%2 · %3</source>
        <translation>%1@%2 · %3</translation>
    </message>
</context>
<context>
    <name>CaseFilter</name>
    <message>
        <source>All rows</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>Failed anywhere</source>
        <translation>하나라도 실패</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Changed between A and B</source>
        <translation>A와 B 사이에 변경됨</translation>
    </message>
    <message>
        <source>Regressions (passed in A, failed in B)</source>
        <translation>회귀(A에서 통과, B에서 실패)</translation>
    </message>
    <message>
        <source>Improvements (failed in A, passed in B)</source>
        <translation>개선(A에서 실패, B에서 통과)</translation>
    </message>
</context>
<context>
    <name>CaseMatrixQuery</name>
    <message>
        <source>“%1” is locked by another process; try again when it has finished.</source>
        <translation>다른 프로세스가 “%1”을(를) 잠그고 있습니다. 작업이 끝나면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Reading the results in “%1” failed: %2.</source>
        <translation>“%1”의 결과를 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>실행 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Cost per 1,000 cases</source>
        <translation>케이스 1,000개당 비용</translation>
    </message>
    <message>
        <source>%1: no pass/fail verdict yet</source>
        <translation>%1: 아직 통과/실패 판정 없음</translation>
    </message>
    <message>
        <source>%1: %2 of %3 passed (%4), 95% interval %5 to %6</source>
        <translation>%1: %3개 중 %2개 통과(%4), 95% 구간 %5~%6</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) from %2 to %3</source>
        <translation>
            <numerusform>%1: %2~%3 범위의 케이스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (n = %2): min %3, Q1 %4, median %5, Q3 %6, max %7, mean %8</source>
        <translation>%1 (n = %2): 최소 %3, Q1 %4, 중앙값 %5, Q3 %6, 최대 %7, 평균 %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1: cost %2 over %3 priced results (%4 per 1,000 cases); pass rate %5; mean score %6</source>
        <translation>%1: 가격이 있는 결과 %3개의 비용 %2(케이스 1,000개당 %4), 통과율 %5, 평균 점수 %6</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Run %1 “%2”</source>
        <translation>실행 %1 “%2”</translation>
    </message>
    <message>
        <source>pass rate %1 of %2 cases, 95% interval %3 to %4</source>
        <translation>케이스 %2개의 통과율 %1, 95% 구간 %3~%4</translation>
    </message>
    <message>
        <source>mean score %1 over %2 cases</source>
        <translation>케이스 %2개의 평균 점수 %1</translation>
    </message>
    <message>
        <source>%1 per 1,000 cases (%2 priced)</source>
        <translation>케이스 1,000개당 %1(가격 있음 %2개)</translation>
    </message>
    <message>
        <source>%1, %2: %3@%4 with %5, %6</source>
        <translation>%1, %2: %3@%4(%5), %6</translation>
    </message>
    <message>
        <source>Pass rate per column with 95% Wilson interval</source>
        <translation>열별 통과율과 95% Wilson 구간</translation>
    </message>
    <message>
        <source>%1 interval</source>
        <translation>%1 구간</translation>
    </message>
    <message>
        <source>Latency distribution (answered, not cached)</source>
        <translation>지연 시간 분포(응답됨, 캐시 제외)</translation>
    </message>
    <message>
        <source>Distribution of “%1”</source>
        <translation>“%1” 분포</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>지연 시간(초)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>지연 시간(ms)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>%1, bins from</source>
        <translation>%1, 구간 시작</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>케이스</translation>
    </message>
    <message>
        <source>Latency per column: min, quartiles, median, max</source>
        <translation>열별 지연 시간: 최소, 사분위수, 중앙값, 최대</translation>
    </message>
    <message>
        <source>“%1” per column: min, quartiles, median, max</source>
        <translation>열별 “%1”: 최소, 사분위수, 중앙값, 최대</translation>
    </message>
    <message>
        <source>Cost vs quality, one point per column</source>
        <translation>비용 대비 품질(열당 점 하나)</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>총 비용</translation>
    </message>
    <message>
        <source>%1 of “%2” across runs</source>
        <translation>실행별 “%2”의 %1</translation>
    </message>
    <message>
        <source>Run created</source>
        <translation>실행 생성 시각</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>판정 없음</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ClassificationScorer</name>
    <message>
        <source>classification needs a gold label: a value, or an expected column</source>
        <translation>classification에는 정답 레이블이 필요합니다: 값 또는 기대값 열</translation>
    </message>
    <message>
        <source>Predicted &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>예측 &quot;%1&quot;, 기대값 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Predicted the label &quot;%1&quot;</source>
        <translation>레이블 &quot;%1&quot;을(를) 예측함</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot;</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>열 %1</translation>
    </message>
    <message>
        <source>row has %1 fields but the header has %2</source>
        <translation>행의 필드는 %1개이지만 헤더의 필드는 %2개입니다</translation>
    </message>
    <message>
        <source>unterminated quoted field opened at %1</source>
        <translation>%1에서 시작된 따옴표 필드가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of the field opened at %1 (write a quote inside a quoted field as two quotes)</source>
        <translation>%1에서 시작된 필드의 닫는 따옴표 뒤에 예상치 못한 텍스트가 있습니다(따옴표로 묶인 필드 안의 따옴표는 두 번 연달아 쓰세요)</translation>
    </message>
</context>
<context>
    <name>DatasetCellText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>줄 %1, 열 %2</translation>
    </message>
    <message>
        <source>expected a single JSON value</source>
        <translation>단일 JSON 값이 필요합니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DatasetCommand</name>
    <message>
        <source>Edit Cell</source>
        <translation>셀 편집</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>태그 편집</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>행 추가</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Row(s)</source>
        <translation>
            <numerusform>행 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Column “%1”</source>
        <translation>열 “%1” 추가</translation>
    </message>
    <message>
        <source>Delete Column “%1”</source>
        <translation>열 “%1” 삭제</translation>
    </message>
    <message>
        <source>Rename Column “%1”</source>
        <translation>열 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Change Role of “%1”</source>
        <translation>“%1”의 역할 변경</translation>
    </message>
    <message>
        <source>Change Type of “%1”</source>
        <translation>“%1”의 유형 변경</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>ID가 %1인 데이터셋이 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>적용할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The dataset changed since the preview (it is now at version %1); preview again before applying.</source>
        <translation>미리 보기 이후 데이터셋이 변경되었습니다(현재 버전 %1). 적용하기 전에 다시 미리 보세요.</translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation>버전 %1에서 편집함</translation>
    </message>
    <message>
        <source>Row %1 is not in version %2 of the dataset.</source>
        <translation>행 %1이(가) 데이터셋 버전 %2에 없습니다.</translation>
    </message>
    <message>
        <source>The dataset has no column with key “%1”.</source>
        <translation>데이터셋에 키가 “%1”인 열이 없습니다.</translation>
    </message>
    <message>
        <source>Version %1 is already the newest version.</source>
        <translation>버전 %1은(는) 이미 최신 버전입니다.</translation>
    </message>
    <message>
        <source>The dataset has no version %1.</source>
        <translation>데이터셋에 버전 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>버전 %1 복원함</translation>
    </message>
    <message>
        <source>Restored version %1 of “%2” as version %3</source>
        <translation>“%2”의 버전 %1을(를) 버전 %3(으)로 복원함</translation>
    </message>
    <message>
        <source>A column name cannot be empty.</source>
        <translation>열 이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>There is already a column named “%1”.</source>
        <translation>이름이 “%1”인 열이 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no dataset named “%1”.</source>
        <translation>이름이 “%1”인 데이터셋이 없습니다.</translation>
    </message>
    <message>
        <source>There is no dataset version with id %1.</source>
        <translation>ID가 %1인 데이터셋 버전이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset is used by %n run(s); delete those runs first.</source>
        <translation>
            <numerusform>실행 %n개에서 이 데이터셋을 사용합니다. 먼저 해당 실행을 삭제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is locked by another process; try again when it has finished.</source>
        <translation>다른 프로세스가 “%1”을(를) 잠그고 있습니다. 작업이 끝나면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A dataset operation on “%1” failed: %2.</source>
        <translation>“%1”에 대한 데이터셋 작업이 실패했습니다: %2.</translation>
    </message>
    <message>
        <source>A dataset named “%1” already exists; choose another name.</source>
        <translation>이름이 “%1”인 데이터셋이 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into “%1” from %2</source>
        <translation>
            <numerusform>%2에서 “%1”(으)로 행 %n개를 가져옴</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot;: unknown role &quot;%2&quot;</source>
        <translation>데이터셋 &quot;%1&quot;: 알 수 없는 역할 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has %2 rows; demo.json declares %3</source>
        <translation>%1에는 행이 %2개 있지만 demo.json에는 %3개로 선언되어 있습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>공급자: %1</translation>
    </message>
    <message>
        <source>prompt &quot;%1&quot; names an unknown dataset &quot;%2&quot;</source>
        <translation>프롬프트 &quot;%1&quot;이(가) 알 수 없는 데이터셋 &quot;%2&quot;을(를) 지정합니다</translation>
    </message>
    <message>
        <source>%1 already exists (replace it with --force)</source>
        <translation>%1이(가) 이미 있습니다(--force로 대체)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1을(를) 대체할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot rename the finished demo to %1</source>
        <translation>완성된 데모의 이름을 %1(으)로 바꿀 수 없습니다</translation>
    </message>
</context>
<context>
    <name>DemoManifest</name>
    <message>
        <source>%1: cannot read the demo manifest: %2</source>
        <translation>%1: 데모 매니페스트를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <source>&quot;project&quot; is missing</source>
        <translation>&quot;project&quot;가 없습니다</translation>
    </message>
    <message>
        <source>&quot;provider&quot; needs a name</source>
        <translation>&quot;provider&quot;에 이름이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;models&quot; is empty</source>
        <translation>&quot;models&quot;가 비어 있습니다</translation>
    </message>
    <message>
        <source>&quot;outputs&quot; must contain {prompt}, {version} and {model}</source>
        <translation>&quot;outputs&quot;에는 {prompt}, {version}, {model}이 포함되어야 합니다</translation>
    </message>
    <message>
        <source>dataset &quot;%1&quot; needs a name, a file and its row count</source>
        <translation>데이터셋 &quot;%1&quot;에는 이름, 파일, 행 수가 필요합니다</translation>
    </message>
    <message>
        <source>prompt &quot;%1&quot; has no versions</source>
        <translation>프롬프트 &quot;%1&quot;에 버전이 없습니다</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of &quot;%2&quot; names no version</source>
        <translation>&quot;%2&quot;의 레이블 &quot;%1&quot;이(가) 버전을 지정하지 않습니다</translation>
    </message>
    <message>
        <source>run &quot;%1&quot; names an unknown prompt &quot;%2&quot;</source>
        <translation>실행 &quot;%1&quot;이(가) 알 수 없는 프롬프트 &quot;%2&quot;을(를) 지정합니다</translation>
    </message>
    <message>
        <source>run &quot;%1&quot; names version %2, which &quot;%3&quot; does not have</source>
        <translation>실행 &quot;%1&quot;이(가) 버전 %2을(를) 지정하지만 &quot;%3&quot;에는 해당 버전이 없습니다</translation>
    </message>
    <message>
        <source>missing file %1</source>
        <translation>파일 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoRunWriter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1:%2: a line needs &quot;id&quot; and &quot;output&quot;</source>
        <translation>%1:%2: 각 줄에는 &quot;id&quot;와 &quot;output&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;: no prompt &quot;%2&quot;</source>
        <translation>실행 &quot;%1&quot;: 프롬프트 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;: &quot;%2&quot; has no version %3</source>
        <translation>실행 &quot;%1&quot;: &quot;%2&quot;에 버전 %3이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 has no output for row &quot;%2&quot;</source>
        <translation>%1에 행 &quot;%2&quot;의 출력이 없습니다</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;, row &quot;%2&quot;: %3</source>
        <translation>실행 &quot;%1&quot;, 행 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;: scorer errors: %2</source>
        <translation>실행 &quot;%1&quot;: 채점기 오류: %2</translation>
    </message>
</context>
<context>
    <name>DemoVotes</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: no case for run &quot;%2&quot;, row &quot;%3&quot;, version %4, %5</source>
        <translation>%1: 실행 &quot;%2&quot;, 행 &quot;%3&quot;, 버전 %4, %5에 해당하는 케이스가 없습니다</translation>
    </message>
    <message>
        <source>%1: unknown choice &quot;%2&quot;</source>
        <translation>%1: 알 수 없는 선택 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace is not installed (build it with the project, or reinstall Lathe).</source>
        <translation>데모 작업 공간이 설치되어 있지 않습니다(프로젝트와 함께 빌드하거나 Lathe를 다시 설치하세요).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the demo workspace to %1: %2</source>
        <translation>데모 작업 공간을 %1에 복사할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>Dataset %1 does not exist.</source>
        <translation>데이터셋 %1이(가) 존재하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message numerus="yes">
        <source>Removed %n duplicate row(s)</source>
        <translation>
            <numerusform>중복 행 %n개 제거함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n duplicate row(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 중복 행 %n개 제거함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinetuneExporter</name>
    <message>
        <source>The dataset has no output column with key “%1”.</source>
        <translation>데이터셋에 키가 “%1”인 출력 열이 없습니다.</translation>
    </message>
    <message>
        <source>The %1 message does not parse: %2</source>
        <translation>%1 메시지를 구문 분석할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>행 %1: %2</translation>
    </message>
    <message>
        <source>Could not write: %1</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the dataset failed.</source>
        <translation>데이터셋을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>there is no column named “%1” (columns: %2)</source>
        <translation>이름이 “%1”인 열이 없습니다(열: %2)</translation>
    </message>
    <message>
        <source>two columns would be named “%1”</source>
        <translation>두 열의 이름이 모두 “%1”이(가) 됩니다</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>가져오기가 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>InputBuffer</name>
    <message>
        <source>NUL byte: this looks like a binary file, not text</source>
        <translation>NUL 바이트: 텍스트가 아닌 바이너리 파일로 보입니다</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>잘못된 UTF-8(바이트 0x%1)입니다. 파일을 UTF-8로 저장하세요</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>파일이 UTF-16 텍스트입니다. UTF-8로 저장하세요</translation>
    </message>
    <message>
        <source>invalid UTF-8: the file ends inside a multi-byte character</source>
        <translation>잘못된 UTF-8: 파일이 멀티바이트 문자 중간에서 끝납니다</translation>
    </message>
</context>
<context>
    <name>JsSandbox</name>
    <message>
        <source>line %1: %2</source>
        <translation>줄 %1: %2</translation>
    </message>
    <message>
        <source>the script must be the body of a function</source>
        <translation>스크립트는 함수 본문이어야 합니다</translation>
    </message>
    <message>
        <source>the script ran longer than its limit of %1 ms and was stopped</source>
        <translation>스크립트가 제한 시간 %1 ms를 넘겨 중지되었습니다</translation>
    </message>
    <message>
        <source>the script threw %1</source>
        <translation>스크립트에서 예외 발생: %1</translation>
    </message>
    <message>
        <source>the script returned a promise; scorer scripts run synchronously</source>
        <translation>스크립트가 promise를 반환했습니다. 채점기 스크립트는 동기적으로 실행됩니다</translation>
    </message>
</context>
<context>
    <name>JsScorer</name>
    <message>
        <source>JavaScript error: %1</source>
        <translation>JavaScript 오류: %1</translation>
    </message>
    <message>
        <source>the script returned a score that is not a finite number</source>
        <translation>스크립트가 유한한 숫자가 아닌 점수를 반환했습니다</translation>
    </message>
    <message>
        <source>the script must return a boolean, a finite number or {pass, score, reason}</source>
        <translation>스크립트는 boolean, 유한한 숫자 또는 {pass, score, reason}을 반환해야 합니다</translation>
    </message>
    <message>
        <source>the script returned %1</source>
        <translation>스크립트가 %1을(를) 반환했습니다</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot;</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>javascript needs the script as its value</source>
        <translation>javascript에는 값으로 스크립트가 필요합니다</translation>
    </message>
    <message>
        <source>javascript: scripts in files (%1) are not loaded; paste the script as the value</source>
        <translation>javascript: 파일에 있는 스크립트(%1)는 불러오지 않습니다. 스크립트를 값으로 붙여 넣으세요</translation>
    </message>
    <message>
        <source>javascript: scripts need the application object (QCoreApplication), which this program lacks</source>
        <translation>javascript: 스크립트에는 애플리케이션 객체(QCoreApplication)가 필요하지만 이 프로그램에는 없습니다</translation>
    </message>
    <message>
        <source>javascript: &quot;timeout_ms&quot; must be from 1 to 60000</source>
        <translation>javascript: &quot;timeout_ms&quot;는 1에서 60000 사이여야 합니다</translation>
    </message>
    <message>
        <source>JavaScript syntax error: %1</source>
        <translation>JavaScript 구문 오류: %1</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON 값이 끝난 뒤에 예상치 못한 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON 객체가 필요합니다</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON 객체가 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>단일 값</translation>
    </message>
    <message>
        <source>unexpected end of the text; expected a value</source>
        <translation>텍스트가 예기치 않게 끝났습니다. 값이 필요합니다</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>값이 %1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>unterminated object opened at %1</source>
        <translation>%1에서 시작된 객체가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>&apos;}&apos; 앞에 후행 쉼표가 있습니다</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>큰따옴표로 묶인 멤버 이름이 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>멤버 이름 뒤에 &apos;:&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>객체 멤버 뒤에 &apos;,&apos; 또는 &apos;}&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>unterminated array opened at %1</source>
        <translation>%1에서 시작된 배열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>&apos;]&apos; 앞에 후행 쉼표가 있습니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>배열 요소 뒤에 &apos;,&apos; 또는 &apos;]&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>unterminated string opened at %1</source>
        <translation>%1에서 시작된 문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>control character in a string (escape it, e.g. \t)</source>
        <translation>문자열에 제어 문자가 있습니다(이스케이프하세요. 예: \t)</translation>
    </message>
    <message>
        <source>invalid \u escape (four hex digits expected)</source>
        <translation>잘못된 \u 이스케이프(16진수 네 자리가 필요합니다)</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;\%1&apos;</source>
        <translation>잘못된 이스케이프 시퀀스 &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>잘못된 숫자</translation>
    </message>
    <message>
        <source>invalid number (leading zero)</source>
        <translation>잘못된 숫자(앞에 0이 있음)</translation>
    </message>
    <message>
        <source>invalid number (digits expected after &apos;.&apos;)</source>
        <translation>잘못된 숫자(&apos;.&apos; 뒤에 숫자가 필요합니다)</translation>
    </message>
    <message>
        <source>invalid number (digits expected in the exponent)</source>
        <translation>잘못된 숫자(지수에 숫자가 필요합니다)</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>숫자가 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>expected a value (a string, number, object, array, true, false or null)</source>
        <translation>값이 필요합니다(문자열, 숫자, 객체, 배열, true, false 또는 null)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>unterminated array opened at %1</source>
        <translation>%1에서 시작된 배열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>expected a JSON array of objects</source>
        <translation>객체로 이루어진 JSON 배열이 필요합니다</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON array</source>
        <translation>JSON 배열이 끝난 뒤에 예상치 못한 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>배열 요소 뒤에 &apos;,&apos; 또는 &apos;]&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>&apos;]&apos; 앞에 후행 쉼표가 있습니다</translation>
    </message>
    <message>
        <source>expected an object (each element of the array is one row)</source>
        <translation>객체가 필요합니다(배열의 각 요소가 한 행입니다)</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>the schema refers to itself without end</source>
        <translation>스키마가 끝없이 자기 자신을 참조합니다</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>여기에는 값이 허용되지 않습니다</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1이(가) 필요하지만 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>value is not one of the allowed values</source>
        <translation>값이 허용된 값 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>value is not the required constant</source>
        <translation>값이 필수 상수와 다릅니다</translation>
    </message>
    <message>
        <source>value matches none of the anyOf schemas</source>
        <translation>값이 anyOf 스키마 중 어느 것과도 일치하지 않습니다</translation>
    </message>
    <message>
        <source>value matches %1 of the oneOf schemas, not exactly one</source>
        <translation>값이 oneOf 스키마 중 정확히 하나가 아니라 %1개와 일치합니다</translation>
    </message>
    <message>
        <source>value matches the schema under &quot;not&quot;</source>
        <translation>값이 &quot;not&quot; 아래의 스키마와 일치합니다</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1이(가) 최솟값 %2보다 작습니다</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1이(가) 최댓값 %2보다 큽니다</translation>
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation>%1이(가) %2보다 크지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation>%1이(가) %2보다 작지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation>%1은(는) %2의 배수가 아닙니다</translation>
    </message>
    <message>
        <source>text is shorter than %1 characters</source>
        <translation>텍스트가 %1자보다 짧습니다</translation>
    </message>
    <message>
        <source>text is longer than %1 characters</source>
        <translation>텍스트가 %1자보다 깁니다</translation>
    </message>
    <message>
        <source>text does not match the pattern &quot;%1&quot;</source>
        <translation>텍스트가 패턴 &quot;%1&quot;과(와) 일치하지 않습니다</translation>
    </message>
    <message>
        <source>the list has fewer than %1 items</source>
        <translation>목록의 항목이 %1개보다 적습니다</translation>
    </message>
    <message>
        <source>the list has more than %1 items</source>
        <translation>목록의 항목이 %1개보다 많습니다</translation>
    </message>
    <message>
        <source>items %1 and %2 are equal</source>
        <translation>항목 %1과(와) %2이(가) 같습니다</translation>
    </message>
    <message>
        <source>no item matches the &quot;contains&quot; schema</source>
        <translation>&quot;contains&quot; 스키마와 일치하는 항목이 없습니다</translation>
    </message>
    <message>
        <source>the object has fewer than %1 properties</source>
        <translation>객체의 속성이 %1개보다 적습니다</translation>
    </message>
    <message>
        <source>the object has more than %1 properties</source>
        <translation>객체의 속성이 %1개보다 많습니다</translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>필수 속성 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not allowed</source>
        <translation>속성 &quot;%1&quot;은(는) 허용되지 않습니다</translation>
    </message>
    <message>
        <source>%1: the schema is nested too deeply</source>
        <translation>%1: 스키마가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>%1: a schema must be an object or a boolean</source>
        <translation>%1: 스키마는 객체 또는 boolean이어야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must name JSON types (%1)</source>
        <translation>JSON 유형을 지정해야 합니다(%1)</translation>
    </message>
    <message>
        <source>must be a mapping of schemas</source>
        <translation>스키마의 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>must be a list of property names</source>
        <translation>속성 이름 목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be a non-empty list of schemas</source>
        <translation>비어 있지 않은 스키마 목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a number above 0</source>
        <translation>0보다 큰 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 0</source>
        <translation>0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be a regular expression</source>
        <translation>정규식이어야 합니다</translation>
    </message>
    <message>
        <source>must point into this schema (&quot;#/$defs/name&quot;); other documents are not loaded</source>
        <translation>이 스키마 내부를 가리켜야 합니다(&quot;#/$defs/name&quot;). 다른 문서는 불러오지 않습니다</translation>
    </message>
    <message>
        <source>%1: invalid pattern &quot;%2&quot;: %3</source>
        <translation>%1: 잘못된 패턴 &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>JsonScorers</name>
    <message>
        <source>Expected output to contain valid JSON</source>
        <translation>출력에 유효한 JSON이 포함되어야 합니다</translation>
    </message>
    <message>
        <source>Expected output to be valid JSON</source>
        <translation>출력이 유효한 JSON이어야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not contain JSON</source>
        <translation>출력에 JSON이 포함되지 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not be valid JSON</source>
        <translation>출력이 유효한 JSON이 아니어야 합니다</translation>
    </message>
    <message>
        <source>Output is JSON that conforms to the schema</source>
        <translation>출력이 스키마를 준수하는 JSON입니다</translation>
    </message>
    <message>
        <source>JSON does not conform to the schema: %1</source>
        <translation>JSON이 스키마를 준수하지 않습니다: %1</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot;</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the schema is not valid YAML or JSON: %2</source>
        <translation>%1: 스키마가 유효한 YAML 또는 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON schema: %2</source>
        <translation>%1: 잘못된 JSON 스키마: %2</translation>
    </message>
    <message>
        <source>json-schema needs a schema as its value</source>
        <translation>json-schema에는 값으로 스키마가 필요합니다</translation>
    </message>
</context>
<context>
    <name>JudgePrompt</name>
    <message>
        <source>rubricPrompt must be text or a list of {role, content} messages</source>
        <translation>rubricPrompt는 텍스트이거나 {role, content} 메시지 목록이어야 합니다</translation>
    </message>
    <message>
        <source>rubricPrompt messages need a role (system, user or assistant) and text content</source>
        <translation>rubricPrompt 메시지에는 역할(system, user 또는 assistant)과 텍스트 내용이 필요합니다</translation>
    </message>
    <message>
        <source>rubricPrompt has no messages</source>
        <translation>rubricPrompt에 메시지가 없습니다</translation>
    </message>
    <message>
        <source>the judge prompt&apos;s template: %1</source>
        <translation>평가 모델 프롬프트의 템플릿: %1</translation>
    </message>
</context>
<context>
    <name>JudgeScorer</name>
    <message>
        <source>%1: &quot;provider&quot; must be a provider name (or {id: NAME})</source>
        <translation>%1: &quot;provider&quot;는 공급자 이름(또는 {id: NAME})이어야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;model&quot; must be text</source>
        <translation>%1: &quot;model&quot;은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>%1 is not a judge scorer</source>
        <translation>%1은(는) LLM 평가 채점기가 아닙니다</translation>
    </message>
    <message>
        <source>%1 needs a rubric as its value (what the output must do to pass)</source>
        <translation>%1에는 값으로 루브릭(통과하려면 출력이 충족해야 할 조건)이 필요합니다</translation>
    </message>
    <message>
        <source>%1 needs a criterion as its value</source>
        <translation>%1에는 값으로 기준이 필요합니다</translation>
    </message>
    <message>
        <source>%1: config.%2 must be a number</source>
        <translation>%1: config.%2은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: config.score_scale must be a number above 0</source>
        <translation>%1: config.score_scale은 0보다 큰 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: config.factuality.%2 must be a number from 0 to 1</source>
        <translation>%1: config.factuality.%2은(는) 0에서 1 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 asks an LLM judge and scores asynchronously</source>
        <translation>%1은(는) LLM 평가 모델에 요청하여 비동기로 채점합니다</translation>
    </message>
    <message>
        <source>%1 needs a reference answer: a value, or an expected column in the dataset</source>
        <translation>%1에는 참조 답변이 필요합니다: 값 또는 데이터셋의 기대값 열</translation>
    </message>
    <message>
        <source>%1 needs an LLM judge: name a stored provider and model on the scorer (provider:, model:) or for the run (lathe-cli score --judge-provider NAME --judge-model M)</source>
        <translation>%1에는 LLM 평가 모델이 필요합니다. 채점기(provider:, model:) 또는 실행(lathe-cli score --judge-provider NAME --judge-model M)에 저장된 공급자와 모델을 지정하세요</translation>
    </message>
    <message>
        <source>the judge call failed: %1</source>
        <translation>평가 모델 호출이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>the judge&apos;s score %1 is outside 0 to 1 (set config.score_scale to the judge&apos;s maximum): “%2”</source>
        <translation>평가 모델의 점수 %1이(가) 0~1 범위를 벗어났습니다(config.score_scale을 평가 모델의 최댓값으로 설정하세요): “%2”</translation>
    </message>
</context>
<context>
    <name>JudgeVerdict</name>
    <message>
        <source>the judge&apos;s reply is empty</source>
        <translation>평가 모델의 응답이 비어 있습니다</translation>
    </message>
    <message>
        <source>the judge&apos;s reply has no category A to E: “%1”</source>
        <translation>평가 모델의 응답에 A~E 범주가 없습니다: “%1”</translation>
    </message>
    <message>
        <source>the judge&apos;s reply is not a verdict (expected JSON with &quot;pass&quot;, or a final Y or N): “%1”</source>
        <translation>평가 모델의 응답이 판정이 아닙니다(&quot;pass&quot;가 있는 JSON 또는 마지막의 Y나 N이 필요합니다): “%1”</translation>
    </message>
    <message>
        <source>the judge&apos;s reply is not a verdict (expected JSON with &quot;score&quot; and &quot;pass&quot;): “%1”</source>
        <translation>평가 모델의 응답이 판정이 아닙니다(&quot;score&quot;와 &quot;pass&quot;가 있는 JSON이 필요합니다): “%1”</translation>
    </message>
</context>
<context>
    <name>JudgementMetrics</name>
    <message>
        <source>Human win rate</source>
        <translation>사람 평가 승률</translation>
    </message>
    <message>
        <source>Share of decisive human preferences this column won (ties and both-bad votes excluded), with the Wilson 95% interval</source>
        <translation>이 열이 이긴 결정적 사람 선호의 비율(무승부와 둘 다 나쁨 투표 제외), Wilson 95% 구간 포함</translation>
    </message>
    <message>
        <source>Human votes</source>
        <translation>사람 투표</translation>
    </message>
    <message>
        <source>Preferences won-lost-tied-both bad, against every other column</source>
        <translation>다른 모든 열에 대한 선호 승-패-무승부-둘 다 나쁨</translation>
    </message>
    <message>
        <source>%1-%2-%3-%4</source>
        <translation>%1-%2-%3-%4</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>평균 평점</translation>
    </message>
    <message>
        <source>Mean human rating (1-5) and how many outputs were rated</source>
        <translation>사람 평점 평균(1-5)과 평가된 출력 수</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>JudgementStore</name>
    <message>
        <source>The workspace is open read-only; judgements cannot be stored.</source>
        <translation>작업 공간이 읽기 전용으로 열려 있어 사람 평가를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>케이스 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Cases %1 and %2 are not two columns&apos; answers to the same row.</source>
        <translation>케이스 %1과(와) %2은(는) 같은 행에 대한 두 열의 답변이 아닙니다.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5, not %1.</source>
        <translation>평점은 1에서 5 사이의 정수여야 합니다(입력값: %1).</translation>
    </message>
</context>
<context>
    <name>MetricOptions</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot;은(는) %2에서 %3 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;tokenize&quot; must be 13a, none or char</source>
        <translation>&quot;tokenize&quot;는 13a, none 또는 char여야 합니다</translation>
    </message>
    <message>
        <source>&quot;smooth&quot; must be exp, floor, add-k or none</source>
        <translation>&quot;smooth&quot;는 exp, floor, add-k 또는 none이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;smooth_value&quot; must be a number &gt;= 0</source>
        <translation>&quot;smooth_value&quot;는 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;char_order&quot; and &quot;word_order&quot; cannot both be 0</source>
        <translation>&quot;char_order&quot;와 &quot;word_order&quot;를 둘 다 0으로 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;beta&quot; must be a number above 0</source>
        <translation>&quot;beta&quot;는 0보다 큰 숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>NearDuplicateFinder</name>
    <message numerus="yes">
        <source>Removed %n near-duplicate row(s)</source>
        <translation>
            <numerusform>유사 중복 행 %n개 제거함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n near-duplicate row(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 유사 중복 행 %n개 제거함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectRecordReader</name>
    <message>
        <source>&quot;vars&quot; must be a mapping of variable names to values</source>
        <translation>&quot;vars&quot;는 변수 이름과 값의 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;assert&quot; must be a list of assertions</source>
        <translation>&quot;assert&quot;는 검증 목록이어야 합니다</translation>
    </message>
    <message>
        <source>the sample has no &quot;input&quot;</source>
        <translation>샘플에 &quot;input&quot;이 없습니다</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be a prompt string or a list of chat messages ({&quot;role&quot;: ..., &quot;content&quot;: ...})</source>
        <translation>&quot;input&quot;은 프롬프트 문자열이거나 채팅 메시지 목록({&quot;role&quot;: ..., &quot;content&quot;: ...})이어야 합니다</translation>
    </message>
</context>
<context>
    <name>OutlierDetector</name>
    <message numerus="yes">
        <source>Removed %n length outlier row(s)</source>
        <translation>
            <numerusform>길이 이상값 행 %n개 제거함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n length outlier row(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 길이 이상값 행 %n개 제거함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Writing a PDF needs a QGuiApplication (the offscreen platform is enough).</source>
        <translation>PDF를 작성하려면 QGuiApplication이 필요합니다(offscreen 플랫폼으로 충분합니다).</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>PDF를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Lathe report, run #%1</source>
        <translation>Lathe 보고서, 실행 #%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2페이지 중 %1페이지</translation>
    </message>
</context>
<context>
    <name>PerformanceScorers</name>
    <message>
        <source>answered from the cache: no latency to judge</source>
        <translation>캐시에서 응답함: 평가할 지연 시간이 없습니다</translation>
    </message>
    <message>
        <source>answered from the cache: no time to first token to judge</source>
        <translation>캐시에서 응답함: 평가할 첫 토큰까지 시간이 없습니다</translation>
    </message>
    <message>
        <source>the result has no %1 measurement</source>
        <translation>결과에 %1 측정값이 없습니다</translation>
    </message>
    <message>
        <source>%1 %2%3 is above the limit %4%3</source>
        <translation>%1 %2%3이(가) 한도 %4%3을(를) 초과합니다</translation>
    </message>
    <message>
        <source>%1 %2%3 is within the limit %4%3</source>
        <translation>%1 %2%3이(가) 한도 %4%3 이내입니다</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot;</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a threshold &gt;= 0 (the limit)</source>
        <translation>%1에는 0 이상의 임계값(한도)이 필요합니다</translation>
    </message>
    <message>
        <source>tokens: &quot;kind&quot; must be total, prompt or completion</source>
        <translation>tokens: &quot;kind&quot;는 total, prompt 또는 completion이어야 합니다</translation>
    </message>
</context>
<context>
    <name>PiiRedactor</name>
    <message numerus="yes">
        <source>Redacted personal data in %n cell(s)</source>
        <translation>
            <numerusform>셀 %n개에서 개인 정보를 가림</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redacted %1 value(s) (%2) in %n cell(s) of “%3”</source>
        <translation>
            <numerusform>“%3”의 셀 %n개에서 값 %1개(%2)를 가림</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PiiType</name>
    <message>
        <source>Email addresses</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Card numbers</source>
        <translation>카드 번호</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Resident registration numbers</source>
        <translation>주민등록번호</translation>
    </message>
</context>
<context>
    <name>PricingStore</name>
    <message>
        <source>The model name must be 1 to 200 characters.</source>
        <translation>모델 이름은 1~200자여야 합니다.</translation>
    </message>
    <message>
        <source>Prices must be numbers of at least 0.</source>
        <translation>가격은 0 이상의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>통화는 USD와 같은 세 글자 코드여야 합니다.</translation>
    </message>
    <message>
        <source>There is no price for &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;의 가격이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PromptContent</name>
    <message>
        <source>%1 must be a number between %2 and %3</source>
        <translation>%1은(는) %2에서 %3 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2</source>
        <translation>%1은(는) %2 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>model must be a string</source>
        <translation>model은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>stop must be a list of non-empty strings</source>
        <translation>stop은 비어 있지 않은 문자열의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>response_format must be text, json_object or json_schema</source>
        <translation>response_format은 text, json_object 또는 json_schema여야 합니다</translation>
    </message>
    <message>
        <source>json_schema must be a JSON object when response_format is json_schema</source>
        <translation>response_format이 json_schema이면 json_schema는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>a chat prompt needs at least one message</source>
        <translation>채팅 프롬프트에는 메시지가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>message %1: role must be system, user or assistant</source>
        <translation>메시지 %1: role은 system, user 또는 assistant여야 합니다</translation>
    </message>
</context>
<context>
    <name>PromptStore</name>
    <message>
        <source>“%1” is not a valid prompt name: use 1 to 100 characters, without &apos;@&apos; or line breaks, and no leading or trailing spaces.</source>
        <translation>“%1”은(는) 올바른 프롬프트 이름이 아닙니다. &apos;@&apos;나 줄바꿈 없이 1~100자로 입력하고, 앞뒤에 공백을 두지 마세요.</translation>
    </message>
    <message>
        <source>A prompt named “%1” already exists.</source>
        <translation>이름이 “%1”인 프롬프트가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Created prompt “%1”</source>
        <translation>프롬프트 “%1” 만듦</translation>
    </message>
    <message>
        <source>“%1” is not a valid prompt name.</source>
        <translation>“%1”은(는) 올바른 프롬프트 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>This prompt has versions used by runs; delete those runs first.</source>
        <translation>이 프롬프트에는 실행에서 사용하는 버전이 있습니다. 먼저 해당 실행을 삭제하세요.</translation>
    </message>
    <message>
        <source>The prompt no longer exists.</source>
        <translation>프롬프트가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Version %1 does not exist.</source>
        <translation>버전 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot commit “%1”: %2.</source>
        <translation>“%1”을(를) 커밋할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Nothing to commit: the draft of “%1” is identical to version %2.</source>
        <translation>커밋할 내용이 없습니다. “%1”의 초안이 버전 %2과(와) 같습니다.</translation>
    </message>
    <message>
        <source>A commit needs a message describing the change.</source>
        <translation>커밋에는 변경 내용을 설명하는 메시지가 필요합니다.</translation>
    </message>
    <message>
        <source>Committed “%1” version %2</source>
        <translation>“%1” 버전 %2 커밋함</translation>
    </message>
    <message>
        <source>There is no prompt named “%1”.</source>
        <translation>이름이 “%1”인 프롬프트가 없습니다.</translation>
    </message>
    <message>
        <source>Prompt “%1” has no version or label “%2”.</source>
        <translation>프롬프트 “%1”에 버전 또는 레이블 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Prompt “%1” has no committed version yet.</source>
        <translation>프롬프트 “%1”에 아직 커밋된 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Prompt “%1” has no version %2.</source>
        <translation>프롬프트 “%1”에 버전 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid label: start with a letter; use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; (at most 50); &apos;latest&apos; and &apos;draft&apos; are reserved.</source>
        <translation>“%1”은(는) 올바른 레이블이 아닙니다. 문자로 시작하고 문자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;만 사용하세요(최대 50자). &apos;latest&apos;와 &apos;draft&apos;는 예약되어 있습니다.</translation>
    </message>
    <message>
        <source>Label “%1” of “%2” now points at version %3</source>
        <translation>“%2”의 레이블 “%1”이(가) 이제 버전 %3을(를) 가리킴</translation>
    </message>
    <message>
        <source>There is no label “%1”.</source>
        <translation>레이블 “%1”이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>PromptfooConfigReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported</source>
        <translation>&apos;%1&apos;은(는) 지원되지 않습니다</translation>
    </message>
    <message>
        <source>values from files are not supported</source>
        <translation>파일에서 읽는 값은 지원되지 않습니다</translation>
    </message>
    <message>
        <source>%1: %2; left out</source>
        <translation>%1: %2. 제외됨</translation>
    </message>
    <message>
        <source>%1: the template does not parse in Lathe (%2 at %3:%4); left out</source>
        <translation>%1: 템플릿을 Lathe에서 구문 분석할 수 없습니다(%3:%4의 %2). 제외됨</translation>
    </message>
    <message>
        <source>%1 (%2): globs and prompt functions are not supported; left out</source>
        <translation>%1 (%2): glob과 프롬프트 함수는 지원되지 않습니다. 제외됨</translation>
    </message>
    <message>
        <source>%1 (%2): not chat messages ([{role, content}]) or text; left out</source>
        <translation>%1 (%2): 채팅 메시지([{role, content}])나 텍스트가 아닙니다. 제외됨</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not supported</source>
        <translation>%1: &apos;%2&apos;은(는) 지원되지 않습니다</translation>
    </message>
    <message>
        <source>%1: not a prompt; left out</source>
        <translation>%1: 프롬프트가 아닙니다. 제외됨</translation>
    </message>
    <message>
        <source>%1.vars.%2 (%3): globs and var functions are not supported; the reference is kept as text</source>
        <translation>%1.vars.%2 (%3): glob과 var 함수는 지원되지 않습니다. 참조는 텍스트로 유지됩니다</translation>
    </message>
    <message>
        <source>more than %1 tests</source>
        <translation>테스트 %1개 초과</translation>
    </message>
    <message>
        <source>%1: only test objects and file:// paths to CSV, YAML or JSON files are supported (no globs, no generators); left out</source>
        <translation>%1: 테스트 객체와 CSV, YAML, JSON 파일에 대한 file:// 경로만 지원됩니다(glob, 생성기 제외). 제외됨</translation>
    </message>
    <message>
        <source>a promptfoo config is a mapping with prompts, providers and tests</source>
        <translation>promptfoo 설정은 prompts, providers, tests가 있는 매핑입니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported; left out</source>
        <translation>&apos;%1&apos;은(는) 지원되지 않습니다. 제외됨</translation>
    </message>
    <message>
        <source>defaultTest: &apos;%1&apos; is not supported</source>
        <translation>defaultTest: &apos;%1&apos;은(는) 지원되지 않습니다</translation>
    </message>
    <message>
        <source>defaultTest: only an inline mapping is supported; left out</source>
        <translation>defaultTest: 인라인 매핑만 지원됩니다. 제외됨</translation>
    </message>
    <message>
        <source>no prompt Lathe can run</source>
        <translation>Lathe에서 실행할 수 있는 프롬프트가 없습니다</translation>
    </message>
    <message>
        <source>no provider Lathe can call</source>
        <translation>Lathe에서 호출할 수 있는 공급자가 없습니다</translation>
    </message>
    <message>
        <source>no tests</source>
        <translation>테스트 없음</translation>
    </message>
    <message>
        <source> (left out: %1)</source>
        <translation> (제외됨: %1)</translation>
    </message>
    <message>
        <source>%1: the grading provider is not mapped; the judge is --judge-provider/--judge-model</source>
        <translation>%1: 채점 공급자는 매핑되지 않습니다. 평가 모델은 --judge-provider/--judge-model로 지정합니다</translation>
    </message>
</context>
<context>
    <name>PromptfooImporter</name>
    <message>
        <source>From a promptfoo config</source>
        <translation>promptfoo 설정에서</translation>
    </message>
</context>
<context>
    <name>PromptfooProviders</name>
    <message>
        <source>providers[%1]</source>
        <translation>providers[%1]</translation>
    </message>
    <message>
        <source>%1 (%2): &apos;%3&apos; is not supported</source>
        <translation>%1 (%2): &apos;%3&apos;은(는) 지원되지 않습니다</translation>
    </message>
    <message>
        <source>%1: not a provider id or {id, config} object</source>
        <translation>%1: 공급자 id 또는 {id, config} 객체가 아닙니다</translation>
    </message>
    <message>
        <source>%1 (%2): Ollama&apos;s completion API is called as chat (/api/chat)</source>
        <translation>%1 (%2): Ollama의 completion API는 채팅(/api/chat)으로 호출됩니다</translation>
    </message>
    <message>
        <source>%1 (%2): an Azure provider needs config.apiHost</source>
        <translation>%1 (%2): Azure 공급자에는 config.apiHost가 필요합니다</translation>
    </message>
    <message>
        <source>%1 (%2): Lathe calls an http(s) provider as an OpenAI-compatible server and needs config.model; promptfoo&apos;s generic HTTP provider (body, transformResponse) is not supported</source>
        <translation>%1 (%2): Lathe는 http(s) 공급자를 OpenAI 호환 서버로 호출하므로 config.model이 필요합니다. promptfoo의 일반 HTTP 공급자(body, transformResponse)는 지원되지 않습니다</translation>
    </message>
    <message>
        <source>%1 (%2): Lathe calls OpenAI-compatible, Anthropic, Ollama and Azure OpenAI chat models; this provider is not supported</source>
        <translation>%1 (%2): Lathe는 OpenAI 호환, Anthropic, Ollama, Azure OpenAI 채팅 모델을 호출합니다. 이 공급자는 지원되지 않습니다</translation>
    </message>
    <message>
        <source>%1 (%2): only chat models are supported (ids like openai:chat:MODEL)</source>
        <translation>%1 (%2): 채팅 모델만 지원됩니다(openai:chat:MODEL 같은 id)</translation>
    </message>
    <message>
        <source>%1 (%2): base URL &apos;%3&apos; is not an http(s) URL</source>
        <translation>%1 (%2): 기본 URL &apos;%3&apos;이(가) http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <source>%1 (%2): config.apiKey is not used: keys are never stored; set %3 instead</source>
        <translation>%1 (%2): config.apiKey는 사용되지 않습니다. 키는 저장되지 않으므로 대신 %3을(를) 설정하세요</translation>
    </message>
    <message>
        <source>%1 (%2): config.%3 is not supported</source>
        <translation>%1 (%2): config.%3은(는) 지원되지 않습니다</translation>
    </message>
</context>
<context>
    <name>PromptfooTestFile</name>
    <message>
        <source>%1: not a test file</source>
        <translation>%1: 테스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not supported</source>
        <translation>&apos;%1&apos;은(는) 지원되지 않습니다</translation>
    </message>
</context>
<context>
    <name>PromptsController</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (초안)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No Suggestions</source>
        <translation>제안 없음</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>사전에 “%1” 추가</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>“%1” 무시</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>찾기…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <source>Toggle Comment</source>
        <translation>주석 전환</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <translation>맞춤법 검사</translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <translation>맞춤법 검사 언어</translation>
    </message>
    <message>
        <source>Color Theme</source>
        <translation>색 테마</translation>
    </message>
    <message>
        <source>Automatic (Follow System)</source>
        <translation>자동(시스템 설정 따름)</translation>
    </message>
</context>
<context>
    <name>ReferenceScorers</name>
    <message>
        <source>%1 needs a reference: a value, or an expected column in the dataset</source>
        <translation>%1에는 참조가 필요합니다: 값 또는 데이터셋의 기대값 열</translation>
    </message>
    <message>
        <source>%1 score %2 is at or above the threshold %3</source>
        <translation>%1 점수 %2이(가) 임계값 %3 이상입니다</translation>
    </message>
    <message>
        <source>%1 score %2 is below the threshold %3</source>
        <translation>%1 점수 %2이(가) 임계값 %3 미만입니다</translation>
    </message>
    <message>
        <source>levenshtein needs a reference: a value, or an expected column</source>
        <translation>levenshtein에는 참조가 필요합니다: 값 또는 기대값 열</translation>
    </message>
    <message>
        <source>Levenshtein distance %1 is greater than the threshold %2</source>
        <translation>Levenshtein 거리 %1이(가) 임계값 %2보다 큽니다</translation>
    </message>
    <message>
        <source>Levenshtein distance %1 is within the threshold %2</source>
        <translation>Levenshtein 거리 %1이(가) 임계값 %2 이내입니다</translation>
    </message>
    <message>
        <source>&quot;n&quot; must be a whole number from 1 to 9</source>
        <translation>&quot;n&quot;은 1에서 9 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot; (rouge-1 .. rouge-9, rouge-l, rouge-lsum, rouge-n)</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;(rouge-1 .. rouge-9, rouge-l, rouge-lsum, rouge-n)</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot;</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a threshold: without one %2 is a metric, not a check that can be inverted</source>
        <translation>%1에는 임계값이 필요합니다. 임계값이 없으면 %2은(는) 반전할 수 있는 검사가 아니라 지표입니다</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no run %1.</source>
        <translation>실행 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Run %1 has no columns.</source>
        <translation>실행 %1에 열이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>실행 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>RowScorerStore</name>
    <message>
        <source>Row %1 does not exist.</source>
        <translation>행 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>There is no dataset with id %1.</source>
        <translation>ID가 %1인 데이터셋이 없습니다.</translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation>버전 %1에서 편집함</translation>
    </message>
    <message>
        <source>Row %1 is not in version %2 of the dataset.</source>
        <translation>행 %1이(가) 데이터셋 버전 %2에 없습니다.</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>실행 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Runs %1 and %2 answer different datasets; only runs of the same dataset can be compared.</source>
        <translation>실행 %1과(와) %2은(는) 서로 다른 데이터셋에 대한 실행입니다. 같은 데이터셋의 실행만 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>The chosen column does not belong to its run.</source>
        <translation>선택한 열이 해당 실행에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose the columns to compare: no column of run %1 matches one of run %2 by prompt version and model.</source>
        <translation>비교할 열을 선택하세요. 실행 %1의 열 중 프롬프트 버전과 모델이 실행 %2의 열과 일치하는 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RunPlan</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>실행 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Prompt version %1@%2 of the run is missing.</source>
        <translation>실행의 프롬프트 버전 %1@%2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The provider of column %1 is not configured.</source>
        <translation>열 %1의 공급자가 구성되지 않았습니다.</translation>
    </message>
    <message>
        <source>Run %1 has no columns.</source>
        <translation>실행 %1에 열이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RunScorer</name>
    <message>
        <source>The dataset&apos;s default scorers are invalid: %1</source>
        <translation>데이터셋의 기본 채점기가 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>The run&apos;s scorers are invalid: %1</source>
        <translation>실행의 채점기가 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>the row&apos;s scorers are invalid: %1</source>
        <translation>행의 채점기가 잘못되었습니다: %1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>A run needs at least one prompt version and model.</source>
        <translation>실행에는 프롬프트 버전과 모델이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Repeats must be between 1 and 100.</source>
        <translation>반복 횟수는 1에서 100 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The dataset version no longer exists.</source>
        <translation>데이터셋 버전이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>실행 %1이(가) 존재하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ScoreStore</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>실행 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A dataset&apos;s default scorers are a list.</source>
        <translation>데이터셋의 기본 채점기는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The dataset no longer exists.</source>
        <translation>데이터셋이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n default scorer(s)</source>
        <translation>
            <numerusform>기본 채점기 %n개 설정</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored run %1</source>
        <translation>실행 %1 채점함</translation>
    </message>
</context>
<context>
    <name>ScorerCatalog</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Reference metrics</source>
        <translation>참조 지표</translation>
    </message>
    <message>
        <source>Classification and custom</source>
        <translation>분류 및 사용자 지정</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>성능</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>LLM 평가</translation>
    </message>
    <message>
        <source>promptfoo types Lathe does not run</source>
        <translation>Lathe에서 실행하지 않는 promptfoo 유형</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>A promptfoo scorer</source>
        <translation>promptfoo 채점기</translation>
    </message>
    <message>
        <source>A scorer</source>
        <translation>채점기</translation>
    </message>
    <message>
        <source>needs an LLM judge, which is not available yet: skipped when scoring</source>
        <translation>아직 사용할 수 없는 LLM 평가 모델이 필요합니다: 채점 시 건너뜀</translation>
    </message>
    <message>
        <source>a promptfoo scorer Lathe does not run: skipped when scoring</source>
        <translation>Lathe에서 실행하지 않는 promptfoo 채점기: 채점 시 건너뜀</translation>
    </message>
    <message>
        <source>not a scorer type Lathe knows</source>
        <translation>Lathe에서 알 수 없는 채점기 유형</translation>
    </message>
    <message>
        <source>The output equals the value (or the expected column)</source>
        <translation>출력이 값(또는 기대값 열)과 같습니다</translation>
    </message>
    <message>
        <source>The output contains the value (case-sensitive)</source>
        <translation>출력에 값이 포함됩니다(대소문자 구분)</translation>
    </message>
    <message>
        <source>The output contains the value, ignoring case</source>
        <translation>출력에 값이 포함됩니다(대소문자 무시)</translation>
    </message>
    <message>
        <source>The output contains at least one of the values</source>
        <translation>출력에 값 중 하나 이상이 포함됩니다</translation>
    </message>
    <message>
        <source>Like contains-any, ignoring case</source>
        <translation>contains-any와 같지만 대소문자를 무시합니다</translation>
    </message>
    <message>
        <source>The output contains every value</source>
        <translation>출력에 모든 값이 포함됩니다</translation>
    </message>
    <message>
        <source>Like contains-all, ignoring case</source>
        <translation>contains-all과 같지만 대소문자를 무시합니다</translation>
    </message>
    <message>
        <source>The output starts with the value</source>
        <translation>출력이 값으로 시작합니다</translation>
    </message>
    <message>
        <source>The output ends with the value</source>
        <translation>출력이 값으로 끝납니다</translation>
    </message>
    <message>
        <source>The output matches a regular expression</source>
        <translation>출력이 정규식과 일치합니다</translation>
    </message>
    <message>
        <source>The output&apos;s length in characters is within bounds</source>
        <translation>출력의 문자 수가 범위 안에 있습니다</translation>
    </message>
    <message>
        <source>The output&apos;s word count is within bounds</source>
        <translation>출력의 단어 수가 범위 안에 있습니다</translation>
    </message>
    <message>
        <source>The output is valid JSON (optionally matching a schema)</source>
        <translation>출력이 유효한 JSON입니다(선택적으로 스키마와 일치)</translation>
    </message>
    <message>
        <source>The output contains a JSON value (optionally matching a schema)</source>
        <translation>출력에 JSON 값이 포함됩니다(선택적으로 스키마와 일치)</translation>
    </message>
    <message>
        <source>The output is JSON that matches a JSON Schema</source>
        <translation>출력이 JSON Schema와 일치하는 JSON입니다</translation>
    </message>
    <message>
        <source>draft 2020-12 subset: type, properties, required, enum, items, min/max, pattern</source>
        <translation>draft 2020-12 하위 집합: type, properties, required, enum, items, min/max, pattern</translation>
    </message>
    <message>
        <source>Edit distance to the value or expected column; passes at or below the threshold</source>
        <translation>값 또는 기대값 열과의 편집 거리이며, 임계값 이하이면 통과합니다</translation>
    </message>
    <message>
        <source>Similarity ratio (0 to 1) to the expected column</source>
        <translation>기대값 열과의 유사도 비율(0~1)</translation>
    </message>
    <message>
        <source>without a threshold it is a metric; with one it passes at or above it</source>
        <translation>임계값이 없으면 지표이고, 있으면 임계값 이상일 때 통과합니다</translation>
    </message>
    <message>
        <source>Sentence BLEU (sacreBLEU) against the expected column(s)</source>
        <translation>기대값 열에 대한 문장 BLEU(sacreBLEU)</translation>
    </message>
    <message>
        <source>config: tokenize 13a|none|char, smooth exp|floor|add-k|none</source>
        <translation>config: tokenize 13a|none|char, smooth exp|floor|add-k|none</translation>
    </message>
    <message>
        <source>chrF (sacreBLEU) against the expected column(s)</source>
        <translation>기대값 열에 대한 chrF(sacreBLEU)</translation>
    </message>
    <message>
        <source>chrF++ (chrF with word bigrams)</source>
        <translation>chrF++(단어 바이그램을 포함한 chrF)</translation>
    </message>
    <message>
        <source>ROUGE-N F-measure; config n sets N</source>
        <translation>ROUGE-N F-측정값, config n으로 N을 설정합니다</translation>
    </message>
    <message>
        <source>ROUGE-1 F-measure (rouge_score)</source>
        <translation>ROUGE-1 F-측정값(rouge_score)</translation>
    </message>
    <message>
        <source>config: stem: true applies the Porter stemmer</source>
        <translation>config: stem: true이면 Porter 어간 추출기를 적용합니다</translation>
    </message>
    <message>
        <source>ROUGE-2 F-measure (rouge_score)</source>
        <translation>ROUGE-2 F-측정값(rouge_score)</translation>
    </message>
    <message>
        <source>ROUGE-L F-measure (longest common subsequence)</source>
        <translation>ROUGE-L F-측정값(최장 공통 부분 수열)</translation>
    </message>
    <message>
        <source>ROUGE-Lsum F-measure (per sentence, newline separated)</source>
        <translation>ROUGE-Lsum F-측정값(문장별, 줄바꿈으로 구분)</translation>
    </message>
    <message>
        <source>SQuAD exact match against the expected answer(s)</source>
        <translation>기대값에 대한 SQuAD 정확 일치</translation>
    </message>
    <message>
        <source>SQuAD token F1 against the expected answer(s)</source>
        <translation>기대값에 대한 SQuAD 토큰 F1</translation>
    </message>
    <message>
        <source>The output is the expected label (normalized); feeds accuracy and F1</source>
        <translation>출력이 (정규화된) 기대 레이블과 같습니다. 정확도와 F1에 반영됩니다</translation>
    </message>
    <message>
        <source>A JavaScript expression or function body of output, expected, vars</source>
        <translation>output, expected, vars를 사용하는 JavaScript 식 또는 함수 본문</translation>
    </message>
    <message>
        <source>return true/false, a number from 0 to 1, or {pass, score, reason}</source>
        <translation>true/false, 0에서 1 사이의 숫자 또는 {pass, score, reason}을 반환합니다</translation>
    </message>
    <message>
        <source>The call took at most the threshold in milliseconds</source>
        <translation>호출 시간이 임계값(밀리초) 이하입니다</translation>
    </message>
    <message>
        <source>Time to first token at most the threshold in milliseconds (streamed runs)</source>
        <translation>첫 토큰까지 시간이 임계값(밀리초) 이하입니다(스트리밍 실행)</translation>
    </message>
    <message>
        <source>Same as ttft</source>
        <translation>ttft와 같음</translation>
    </message>
    <message>
        <source>Tokens used at most the threshold</source>
        <translation>사용한 토큰 수가 임계값 이하입니다</translation>
    </message>
    <message>
        <source>config kind: total, prompt or completion</source>
        <translation>config kind: total, prompt 또는 completion</translation>
    </message>
    <message>
        <source>Cost of the call at most the threshold</source>
        <translation>호출 비용이 임계값 이하입니다</translation>
    </message>
    <message>
        <source>An LLM judge grades the output against a rubric</source>
        <translation>LLM 평가 모델이 루브릭에 따라 출력을 채점합니다</translation>
    </message>
    <message>
        <source>An LLM judge compares the output&apos;s facts with the value</source>
        <translation>LLM 평가 모델이 출력의 사실을 값과 비교합니다</translation>
    </message>
    <message>
        <source>Same as factuality</source>
        <translation>factuality와 같음</translation>
    </message>
    <message>
        <source>An LLM judge checks the output meets a criterion</source>
        <translation>LLM 평가 모델이 출력이 기준을 충족하는지 확인합니다</translation>
    </message>
    <message>
        <source>An LLM judge rates how relevant the output is to the question</source>
        <translation>LLM 평가 모델이 출력이 질문과 얼마나 관련 있는지 평가합니다</translation>
    </message>
    <message>
        <source>An LLM judge checks the output sticks to the context</source>
        <translation>LLM 평가 모델이 출력이 컨텍스트를 벗어나지 않는지 확인합니다</translation>
    </message>
    <message>
        <source>G-Eval: an LLM judge scores the output on criteria</source>
        <translation>G-Eval: LLM 평가 모델이 기준에 따라 출력을 채점합니다</translation>
    </message>
    <message>
        <source>Embedding similarity to the value</source>
        <translation>값과의 임베딩 유사도</translation>
    </message>
</context>
<context>
    <name>ScorerCommands</name>
    <message>
        <source>Set Default Scorers</source>
        <translation>기본 채점기 설정</translation>
    </message>
    <message>
        <source>Set Row Scorers</source>
        <translation>행 채점기 설정</translation>
    </message>
</context>
<context>
    <name>ScorerRegistry</name>
    <message>
        <source>%1 is a model-graded promptfoo scorer that Lathe does not run yet (its LLM judges: %2)</source>
        <translation>%1은(는) Lathe에서 아직 실행하지 않는 모델 기반 promptfoo 채점기입니다(LLM 평가 모델: %2)</translation>
    </message>
    <message>
        <source>%1 is a promptfoo scorer that Lathe does not run</source>
        <translation>%1은(는) Lathe에서 실행하지 않는 promptfoo 채점기입니다</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot; (known types: %2)</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;(알려진 유형: %2)</translation>
    </message>
</context>
<context>
    <name>ScorerSet</name>
    <message>
        <source>&quot;assert&quot; must be a list of scorers</source>
        <translation>&quot;assert&quot;는 채점기 목록이어야 합니다</translation>
    </message>
    <message>
        <source>scorer %1: %2</source>
        <translation>채점기 %1: %2</translation>
    </message>
    <message>
        <source>&quot;threshold&quot; must be a number</source>
        <translation>&quot;threshold&quot;는 숫자여야 합니다</translation>
    </message>
    <message>
        <source>expected a list of scorers</source>
        <translation>채점기 목록이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;defaultTest&quot; must be a mapping</source>
        <translation>&quot;defaultTest&quot;는 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>expected a list of scorers, or a mapping with an &quot;assert&quot; list</source>
        <translation>채점기 목록 또는 &quot;assert&quot; 목록이 있는 매핑이 필요합니다</translation>
    </message>
</context>
<context>
    <name>ScorerSpec</name>
    <message>
        <source>a scorer must be an object with a &quot;type&quot;</source>
        <translation>채점기는 &quot;type&quot;이 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>a scorer needs a &quot;type&quot; (e.g. contains, equals, javascript)</source>
        <translation>채점기에는 &quot;type&quot;이 필요합니다(예: contains, equals, javascript)</translation>
    </message>
    <message>
        <source>&quot;not-&quot; must be followed by a scorer type</source>
        <translation>&quot;not-&quot; 뒤에는 채점기 유형이 와야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;threshold&quot; must be a number</source>
        <translation>%1: &quot;threshold&quot;는 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;weight&quot; must be a number &gt;= 0</source>
        <translation>%1: &quot;weight&quot;는 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;metric&quot; must be a string</source>
        <translation>%1: &quot;metric&quot;은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>%1: metric names starting with &quot;_&quot; are reserved</source>
        <translation>%1: &quot;_&quot;로 시작하는 지표 이름은 예약되어 있습니다</translation>
    </message>
    <message>
        <source>%1: &quot;config&quot; must be a mapping</source>
        <translation>%1: &quot;config&quot;는 매핑이어야 합니다</translation>
    </message>
</context>
<context>
    <name>ScorerSuite</name>
    <message>
        <source>the value&apos;s template: %1</source>
        <translation>값의 템플릿: %1</translation>
    </message>
    <message>
        <source>%1 scores asynchronously</source>
        <translation>%1은(는) 비동기로 채점합니다</translation>
    </message>
    <message>
        <source>mean score %1 is below the threshold %2</source>
        <translation>평균 점수 %1이(가) 임계값 %2 미만입니다</translation>
    </message>
</context>
<context>
    <name>ScorerTextCheck</name>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>&quot;defaultTest&quot; must be a mapping</source>
        <translation>&quot;defaultTest&quot;는 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>expected a list of scorers, or a mapping with an &quot;assert&quot; list</source>
        <translation>채점기 목록 또는 &quot;assert&quot; 목록이 있는 매핑이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;assert&quot; must be a list of scorers</source>
        <translation>&quot;assert&quot;는 채점기 목록이어야 합니다</translation>
    </message>
    <message>
        <source>a threshold for the whole list applies to a run&apos;s scorers only; give each scorer its own threshold instead</source>
        <translation>목록 전체에 대한 임계값은 실행의 채점기에만 적용됩니다. 대신 각 채점기에 임계값을 지정하세요</translation>
    </message>
    <message>
        <source>&quot;threshold&quot; must be a number</source>
        <translation>&quot;threshold&quot;는 숫자여야 합니다</translation>
    </message>
    <message>
        <source>expected a list of scorers</source>
        <translation>채점기 목록이 필요합니다</translation>
    </message>
    <message>
        <source>%1 (skipped when scoring)</source>
        <translation>%1 (채점 시 건너뜀)</translation>
    </message>
</context>
<context>
    <name>ShortcutCollector</name>
    <message>
        <source>Current view</source>
        <translation>현재 보기</translation>
    </message>
    <message>
        <source>Prompt editor</source>
        <translation>프롬프트 편집기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>찾기 및 바꾸기</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 일치 항목</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 일치 항목</translation>
    </message>
    <message>
        <source>Complete a variable name</source>
        <translation>변수 이름 자동 완성</translation>
    </message>
    <message>
        <source>Comment or uncomment with {# #}</source>
        <translation>{# #}로 주석 처리 또는 해제</translation>
    </message>
    <message>
        <source>Word wrap</source>
        <translation>자동 줄 바꿈</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>확대/축소 초기화</translation>
    </message>
    <message>
        <source>Version comparison</source>
        <translation>버전 비교</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>다음 변경 사항</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>이전 변경 사항</translation>
    </message>
    <message>
        <source>Side-by-side review</source>
        <translation>나란히 검토</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>다음 행</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>이전 행</translation>
    </message>
    <message>
        <source>Prefer A</source>
        <translation>A 선호</translation>
    </message>
    <message>
        <source>Prefer B</source>
        <translation>B 선호</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>무승부</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>Comment on the output</source>
        <translation>출력에 의견 남기기</translation>
    </message>
</context>
<context>
    <name>SpellCheckScanner</name>
    <message numerus="yes">
        <source>Corrected %n spelling(s)</source>
        <translation>
            <numerusform>맞춤법 %n개 수정함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n spelling(s) in “%1”</source>
        <translation>
            <numerusform>“%1”에서 맞춤법 %n개 수정함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message>
        <source>a PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 이미지</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 압축 파일</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 압축 파일</translation>
    </message>
    <message>
        <source>a program (ELF)</source>
        <translation>프로그램(ELF)</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>JSON 파일</translation>
    </message>
</context>
<context>
    <name>StoredProvider</name>
    <message>
        <source>name must be 1 to 100 characters without &apos;@&apos;</source>
        <translation>이름은 &apos;@&apos; 없이 1~100자여야 합니다</translation>
    </message>
    <message>
        <source>kind must be one of openai, azure, anthropic, ollama</source>
        <translation>종류는 openai, azure, anthropic, ollama 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>base URL must be an http:// or https:// URL</source>
        <translation>기본 URL은 http:// 또는 https:// URL이어야 합니다</translation>
    </message>
    <message>
        <source>base URL must not carry credentials; use --api-key-env or the keychain</source>
        <translation>기본 URL에 자격 증명을 포함하면 안 됩니다. --api-key-env 또는 키체인을 사용하세요</translation>
    </message>
    <message>
        <source>key reference must be env:VARIABLE or keychain:ID</source>
        <translation>키 참조는 env:VARIABLE 또는 keychain:ID여야 합니다</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; looks like a secret; secrets are never stored in the workspace, use a key reference</source>
        <translation>헤더 &apos;%1&apos;은(는) 비밀 값으로 보입니다. 비밀 값은 작업 공간에 저장되지 않으므로 키 참조를 사용하세요</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number of at least %3</source>
        <translation>%1.%2은(는) %3 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>azure providers need api_version</source>
        <translation>azure 공급자에는 api_version이 필요합니다</translation>
    </message>
    <message>
        <source>Provider “%1”: %2.</source>
        <translation>공급자 “%1”: %2.</translation>
    </message>
    <message>
        <source>A provider named “%1” already exists.</source>
        <translation>이름이 “%1”인 공급자가 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no provider named “%1”.</source>
        <translation>이름이 “%1”인 공급자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>TextScorers</name>
    <message>
        <source>%1 needs a value, or an expected column in the dataset</source>
        <translation>%1에는 값 또는 데이터셋의 기대값 열이 필요합니다</translation>
    </message>
    <message>
        <source>Expected output to equal the JSON value</source>
        <translation>출력이 JSON 값과 같아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not equal the JSON value</source>
        <translation>출력이 JSON 값과 같지 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output &quot;%1&quot; to equal %2</source>
        <translation>출력 &quot;%1&quot;이(가) %2과(와) 같아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not equal %1</source>
        <translation>출력이 %1과(와) 같지 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to start with %1</source>
        <translation>출력이 %1(으)로 시작해야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not start with %1</source>
        <translation>출력이 %1(으)로 시작하지 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to end with %1</source>
        <translation>출력이 %1(으)로 끝나야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not end with %1</source>
        <translation>출력이 %1(으)로 끝나지 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to contain %1</source>
        <translation>출력에 %1이(가) 포함되어야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not contain %1</source>
        <translation>출력에 %1이(가) 포함되지 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to contain one of %1</source>
        <translation>출력에 %1 중 하나가 포함되어야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not contain any of %1</source>
        <translation>출력에 %1 중 어느 것도 포함되지 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to contain all of %1; missing %2</source>
        <translation>출력에 %1이(가) 모두 포함되어야 합니다. 누락: %2</translation>
    </message>
    <message>
        <source>Expected output to not contain all of %1</source>
        <translation>출력에 %1이(가) 모두 포함되지는 않아야 합니다</translation>
    </message>
    <message>
        <source>Expected output to match /%1/</source>
        <translation>출력이 /%1/과(와) 일치해야 합니다</translation>
    </message>
    <message>
        <source>Expected output to not match /%1/</source>
        <translation>출력이 /%1/과(와) 일치하지 않아야 합니다</translation>
    </message>
    <message>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>정확히 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1 이하</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>Output has %1 %2, expected %3</source>
        <translation>출력의 %2 수는 %1이며, 기대값은 %3입니다</translation>
    </message>
    <message>
        <source>Output has %1 %2, expected not %3</source>
        <translation>출력의 %2 수는 %1이며, %3이 아니어야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;min&quot; must be a number</source>
        <translation>%1: &quot;min&quot;은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;max&quot; must be a number</source>
        <translation>%1: &quot;max&quot;는 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 needs a value: a number or {min, max}</source>
        <translation>%1에는 값이 필요합니다: 숫자 또는 {min, max}</translation>
    </message>
    <message>
        <source>%1: min is above max</source>
        <translation>%1: min이 max보다 큽니다</translation>
    </message>
    <message>
        <source>regex needs a pattern as its value</source>
        <translation>regex에는 값으로 패턴이 필요합니다</translation>
    </message>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>오프셋 %1에서 잘못된 정규식: %2</translation>
    </message>
    <message>
        <source>unknown scorer type &quot;%1&quot;</source>
        <translation>알 수 없는 채점기 유형 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>“%1” is locked by another process. Close the other program using it (or wait for its run to finish) and try again.</source>
        <translation>다른 프로세스가 “%1”을(를) 잠그고 있습니다. 이 파일을 사용하는 다른 프로그램을 닫거나 실행이 끝날 때까지 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation>“%1”이(가) 손상되어 열 수 없습니다(%2). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a Lathe workspace: it is not an SQLite database.</source>
        <translation>“%1”은(는) Lathe 작업 공간이 아닙니다: SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>“%1”을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1”이(가) 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>폴더 “%1”이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>“%1”을(를) 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Lathe workspace file.</source>
        <translation>“%1”은(는) Lathe 작업 공간 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): it is not a Lathe workspace.</source>
        <translation>“%1”이(가) 비어 있습니다(0바이트). Lathe 작업 공간이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a Lathe workspace: it looks like %2.</source>
        <translation>“%1”은(는) Lathe 작업 공간이 아닙니다: %2(으)로 보입니다.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (application id 0x%2), not a Lathe workspace.</source>
        <translation>“%1”은(는) Lathe 작업 공간이 아니라 다른 애플리케이션의 SQLite 데이터베이스입니다(애플리케이션 ID 0x%2).</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Lathe (workspace format %2); this Lathe reads formats up to %3. Update Lathe to open it.</source>
        <translation>“%1”은(는) 더 새로운 Lathe에서 저장되었습니다(작업 공간 형식 %2). 이 Lathe는 형식 %3까지만 읽을 수 있습니다. 파일을 열려면 Lathe를 업데이트하세요.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it should hold %2 bytes but has %3. Restore it from a backup.</source>
        <translation>“%1”이(가) 잘렸습니다: %2바이트여야 하지만 %3바이트입니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>요청에 따라 읽기 전용으로 열림</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>파일이 읽기 전용입니다</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>파일이 있는 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>“%1” is not a Lathe workspace.</source>
        <translation>“%1”은(는) Lathe 작업 공간이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Restore it from a backup.</source>
        <translation>“%1”이(가) 손상되었습니다(%2). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>“%1” uses workspace format %2 and must be upgraded to %3, but it is read-only (%4). Open a writable copy.</source>
        <translation>“%1”은(는) 작업 공간 형식 %2을(를) 사용하므로 %3(으)로 업그레이드해야 하지만 읽기 전용입니다(%4). 쓰기 가능한 사본을 여세요.</translation>
    </message>
    <message>
        <source>Cannot rename the project: %1</source>
        <translation>프로젝트 이름을 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>That is the file already open.</source>
        <translation>이미 열려 있는 파일입니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>“%1”은(는) 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2.</source>
        <translation>사본을 “%1”(으)로 저장할 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>YamlJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>줄 %1, 열 %2: %3</translation>
    </message>
    <message>
        <source>the YAML expands to too many values (aliases?)</source>
        <translation>YAML이 너무 많은 값으로 확장됩니다(별칭?)</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>값이 %1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>mapping keys must be plain text</source>
        <translation>매핑 키는 일반 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>텍스트가 비어 있습니다</translation>
    </message>
    <message>
        <source>invalid YAML</source>
        <translation>잘못된 YAML</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>expected a list of tests, or a promptfoo config with a &quot;tests&quot; list</source>
        <translation>테스트 목록 또는 &quot;tests&quot; 목록이 있는 promptfoo 설정이 필요합니다</translation>
    </message>
    <message>
        <source>the tests are in another file (%1); import that file instead</source>
        <translation>테스트가 다른 파일(%1)에 있습니다. 대신 그 파일을 가져오세요</translation>
    </message>
    <message>
        <source>expected a list of tests</source>
        <translation>테스트 목록이 필요합니다</translation>
    </message>
    <message>
        <source>invalid YAML</source>
        <translation>잘못된 YAML</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>잘못된 YAML: %1</translation>
    </message>
    <message>
        <source>the YAML expands to too many values (aliases?)</source>
        <translation>YAML이 너무 많은 값으로 확장됩니다(별칭?)</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>값이 %1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>expected a test (a mapping with vars, assert, description...)</source>
        <translation>테스트가 필요합니다(vars, assert, description 등이 있는 매핑)</translation>
    </message>
</context>
<context>
    <name>lathe::AboutDialog</name>
    <message>
        <source>Qt %1, QScintilla %2, KSyntaxHighlighting %3, SQLite %4, libcurl %5</source>
        <translation>Qt %1, QScintilla %2, KSyntaxHighlighting %3, SQLite %4, libcurl %5</translation>
    </message>
    <message>
        <source>About Lathe</source>
        <translation>Lathe 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lathe %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Lathe %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for prompt engineering and evaluation.</source>
        <translation>프롬프트 엔지니어링과 평가를 위한 데스크톱 워크벤치입니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1&lt;/li&gt;&lt;li&gt;QScintilla %2&lt;/li&gt;&lt;li&gt;KSyntaxHighlighting %3&lt;/li&gt;&lt;li&gt;SQLite %4&lt;/li&gt;&lt;li&gt;libcurl %5&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;사용한 구성 요소:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1&lt;/li&gt;&lt;li&gt;QScintilla %2&lt;/li&gt;&lt;li&gt;KSyntaxHighlighting %3&lt;/li&gt;&lt;li&gt;SQLite %4&lt;/li&gt;&lt;li&gt;libcurl %5&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>lathe::AnthropicProtocol</name>
    <message>
        <source>No model is set; Anthropic needs one.</source>
        <translation>모델이 설정되지 않았습니다. Anthropic에는 모델이 필요합니다.</translation>
    </message>
    <message>
        <source>The response has no content.</source>
        <translation>응답에 내용이 없습니다.</translation>
    </message>
    <message>
        <source>A stream event is not valid JSON: %1.</source>
        <translation>스트림 이벤트가 유효한 JSON이 아닙니다: %1.</translation>
    </message>
</context>
<context>
    <name>lathe::AppearancePage</name>
    <message>
        <source>Use the system&apos;s fixed-width font</source>
        <translation>시스템 고정폭 글꼴 사용</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Colours of the whole application, editors and charts included</source>
        <translation>편집기와 차트를 포함한 애플리케이션 전체의 색상</translation>
    </message>
    <message>
        <source>Font of the prompt editors</source>
        <translation>프롬프트 편집기의 글꼴</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source># Summarise the ticket
{# a preview of the editor #}
Write one sentence for {{ customer_name }}:
{% for line in ticket %}- {{ line }}
{% endfor %}
</source>
        <translation># 티켓 요약
{# 편집기 미리 보기 #}
{{ customer_name }}님을 위해 한 문장으로 작성하세요:
{% for line in ticket %}- {{ line }}
{% endfor %}
</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>편집기 글꼴(&amp;F):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Editor font: “%1” is not an installed font.</source>
        <translation>편집기 글꼴: “%1”은(는) 설치된 글꼴이 아닙니다.</translation>
    </message>
    <message>
        <source>Editor font size: enter a size from %1 to %2 points.</source>
        <translation>편집기 글꼴 크기: %1~%2포인트 사이의 크기를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>lathe::CaseDetailPane</name>
    <message>
        <source>&amp;Output</source>
        <translation>출력(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>프롬프트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>점수(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>요청(&amp;Q)</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>응답(&amp;P)</translation>
    </message>
    <message>
        <source>Render &amp;Markdown</source>
        <translation>Markdown 렌더링(&amp;M)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>기대값</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>채점기</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation>세부 정보를 보려면 케이스를 선택하세요.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>행 %1</translation>
    </message>
    <message>
        <source>Row %1, repeat %2</source>
        <translation>행 %1, 반복 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <translation>호출이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>변수</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>보낸 메시지</translation>
    </message>
    <message>
        <source>The stored request holds no messages.</source>
        <translation>저장된 요청에 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>보고되지 않음</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>첫 토큰까지 시간</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정되지 않음</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>프롬프트 토큰</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>완성 토큰</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>캐시에서 가져옴</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 상태</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>종료 사유</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>응답 시각</translation>
    </message>
    <message>
        <source>Reviewer rating</source>
        <translation>검토자 평점</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>Reviewer comment</source>
        <translation>검토자 의견</translation>
    </message>
</context>
<context>
    <name>lathe::CaseFilterBar</name>
    <message>
        <source>Which rows to show</source>
        <translation>표시할 행</translation>
    </message>
    <message>
        <source>Column A (the baseline) for Changed, Regressions and Improvements</source>
        <translation>변경됨, 회귀, 개선에 사용할 열 A(기준)</translation>
    </message>
    <message>
        <source>Column B (the candidate) for Changed, Regressions and Improvements</source>
        <translation>변경됨, 회귀, 개선에 사용할 열 B(후보)</translation>
    </message>
    <message>
        <source>Search inputs, outputs and errors</source>
        <translation>입력, 출력, 오류 검색</translation>
    </message>
    <message>
        <source>Only rows carrying this tag</source>
        <translation>이 태그가 있는 행만</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;A:</source>
        <translation>A(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation>B(&amp;B):</translation>
    </message>
</context>
<context>
    <name>lathe::CaseMatrixLoader</name>
    <message>
        <source>Cannot read the results: %1</source>
        <translation>결과를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>lathe::CaseMatrixModel</name>
    <message>
        <source>Dataset row</source>
        <translation>데이터셋 행</translation>
    </message>
    <message>
        <source>%1@%2 · %3</source>
        <translation>%1@%2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>기대값</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>The row&apos;s variables</source>
        <translation>행의 변수</translation>
    </message>
    <message>
        <source>The row&apos;s expected answer</source>
        <translation>행의 기대값</translation>
    </message>
    <message>
        <source>What %1 answered (the first characters)</source>
        <translation>%1의 응답(처음 몇 글자)</translation>
    </message>
    <message>
        <source>The verdict of %1: pass, fail, error, pending or no verdict</source>
        <translation>%1의 판정: 통과, 실패, 오류, 대기 중 또는 판정 없음</translation>
    </message>
    <message>
        <source>The case score of %1 (the weighted mean of its scorers)</source>
        <translation>%1의 케이스 점수(채점기 점수의 가중 평균)</translation>
    </message>
    <message>
        <source>Scorer %1 on %2</source>
        <translation>%2에 대한 채점기 %1</translation>
    </message>
</context>
<context>
    <name>lathe::CaseMatrixView</name>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>No run selected. Choose a run in the Runs panel and click Open to see its cases.</source>
        <translation>선택한 실행이 없습니다. 케이스를 보려면 실행 패널에서 실행을 선택하고 열기를 클릭하세요.</translation>
    </message>
    <message>
        <source>No rows match this filter. Clear the filter, or choose other columns for A and B.</source>
        <translation>이 필터와 일치하는 행이 없습니다. 필터를 지우거나 A와 B에 다른 열을 선택하세요.</translation>
    </message>
    <message>
        <source>This run has no cases. Its dataset version may have no rows (or none with the run&apos;s tag).</source>
        <translation>이 실행에는 케이스가 없습니다. 데이터셋 버전에 행이 없거나 실행의 태그가 있는 행이 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>케이스를 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>%1 rows match</source>
        <translation>%1개 행 일치</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1개 행</translation>
    </message>
</context>
<context>
    <name>lathe::ChartPane</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>내보낼 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Chart exported from Lathe</source>
        <translation>Lathe에서 내보낸 차트</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>차트를 SVG로 내보내기</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
</context>
<context>
    <name>lathe::ChartsView</name>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>채점기</translation>
    </message>
    <message>
        <source>Distribution as</source>
        <translation>분포 표시 방식</translation>
    </message>
    <message>
        <source>Cost axis</source>
        <translation>비용 축</translation>
    </message>
    <message>
        <source>Quality axis</source>
        <translation>품질 축</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>점수 분포</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Cost vs quality</source>
        <translation>비용 대비 품질</translation>
    </message>
    <message>
        <source>Trend across runs</source>
        <translation>실행별 추세</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>상자 그림</translation>
    </message>
    <message>
        <source>Cost per 1,000 cases</source>
        <translation>케이스 1,000개당 비용</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>총 비용</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Read the run again, with the results and scores stored since</source>
        <translation>이후 저장된 결과와 점수를 포함하여 실행을 다시 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;PNG Image…</source>
        <translation>PNG 이미지로(&amp;P)…</translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation>SVG 그림으로(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>차트(&amp;C):</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>실행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No run is open. Open a run from the Runs dock to see its charts.</source>
        <translation>열린 실행이 없습니다. 차트를 보려면 실행 도크에서 실행을 여세요.</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>실행 %1 읽는 중…</translation>
    </message>
    <message>
        <source>Run %1 is not in this workspace.</source>
        <translation>실행 %1이(가) 이 작업 공간에 없습니다.</translation>
    </message>
    <message>
        <source>“%1” has no results yet. Resume it from the Runs dock, then press Reload to chart what has arrived.</source>
        <translation>“%1”에 아직 결과가 없습니다. 실행 도크에서 재개한 다음, 다시 불러오기를 눌러 도착한 결과를 차트로 표시하세요.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Add scorers to the dataset (Scorers… on its toolbar), score the run, then press Reload.</source>
        <translation>데이터셋에 채점기를 추가하고(도구 모음의 채점기…), 실행을 채점한 다음 다시 불러오기를 누르세요.</translation>
    </message>
    <message>
        <source>No pass/fail verdicts yet. %1</source>
        <translation>아직 통과/실패 판정이 없습니다. %1</translation>
    </message>
    <message>
        <source>No scores yet. %1</source>
        <translation>아직 점수가 없습니다. %1</translation>
    </message>
    <message>
        <source>Every “%1” score was skipped, so there is nothing to show. Pick another scorer.</source>
        <translation>모든 “%1” 점수를 건너뛰어 표시할 내용이 없습니다. 다른 채점기를 선택하세요.</translation>
    </message>
    <message>
        <source>No latency measurements: every answer was an error or came from the response cache. Run without the cache to measure latency.</source>
        <translation>지연 시간 측정값이 없습니다: 모든 응답이 오류이거나 응답 캐시에서 가져온 것입니다. 지연 시간을 측정하려면 캐시 없이 실행하세요.</translation>
    </message>
    <message>
        <source>No costs were recorded: the models had no price when the run was made. Store prices (lathe-cli run pricing) before the next run to compare cost with quality.</source>
        <translation>기록된 비용이 없습니다: 실행 당시 모델에 가격이 없었습니다. 비용과 품질을 비교하려면 다음 실행 전에 가격을 저장하세요(lathe-cli run pricing).</translation>
    </message>
    <message>
        <source>No verdicts to compare the costs with. %1</source>
        <translation>비용과 비교할 판정이 없습니다. %1</translation>
    </message>
</context>
<context>
    <name>lathe::ChatCall</name>
    <message>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Expected a JSON response but the server sent %1.</source>
        <translation>JSON 응답이 필요하지만 서버가 %1을(를) 보냈습니다.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>응답이 유효한 JSON이 아닙니다(바이트 %2에서 %1).</translation>
    </message>
    <message>
        <source>Expected a stream but the server sent %1.</source>
        <translation>스트림이 필요하지만 서버가 %1을(를) 보냈습니다.</translation>
    </message>
    <message>
        <source>The stream broke off: %1</source>
        <translation>스트림이 끊어졌습니다: %1</translation>
    </message>
    <message>
        <source>The stream ended before its final event.</source>
        <translation>마지막 이벤트 전에 스트림이 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::ChatMessagesEdit</name>
    <message>
        <source>&amp;Add Message</source>
        <translation>메시지 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>이 메시지 제거</translation>
    </message>
</context>
<context>
    <name>lathe::CleaningDialog</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Clean Dataset</source>
        <translation>데이터셋 정리</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>데이터셋 읽는 중…</translation>
    </message>
    <message>
        <source>Make the version before the last change the newest again.</source>
        <translation>마지막 변경 이전 버전을 다시 최신 버전으로 만듭니다.</translation>
    </message>
    <message>
        <source>Closing once the change is saved…</source>
        <translation>변경 사항이 저장되면 닫습니다…</translation>
    </message>
    <message>
        <source>The dataset could not be read.</source>
        <translation>데이터셋을 읽을 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, version %2: %Ln row(s), %3 column(s)</source>
        <translation>
            <numerusform>“%1”, 버전 %2: 행 %Ln개, 열 %3개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>Undone: version %1 holds the content of version %2 again.</source>
        <translation>실행 취소됨: 버전 %1에 버전 %2의 내용이 다시 들어 있습니다.</translation>
    </message>
    <message>
        <source>%1: saved as version %2 (version %3 is unchanged).</source>
        <translation>%1: 버전 %2(으)로 저장함(버전 %3은(는) 변경 없음).</translation>
    </message>
</context>
<context>
    <name>lathe::CleaningPage</name>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>모두 선택 해제</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>찾는 중…</translation>
    </message>
</context>
<context>
    <name>lathe::ColumnPicker</name>
    <message>
        <source>No columns</source>
        <translation>열 없음</translation>
    </message>
</context>
<context>
    <name>lathe::ComparedCasesModel</name>
    <message>
        <source>pass %1</source>
        <translation>통과 %1</translation>
    </message>
    <message>
        <source>fail %1</source>
        <translation>실패 %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>채점 안 됨</translation>
    </message>
    <message>
        <source>Decided by the pass/fail verdict</source>
        <translation>통과/실패 판정으로 결정됨</translation>
    </message>
    <message>
        <source>Decided by the total score</source>
        <translation>총점으로 결정됨</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
</context>
<context>
    <name>lathe::ComparisonBar</name>
    <message>
        <source>&amp;Markdown</source>
        <translation>Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Differences between outputs</source>
        <translation>출력 간 차이</translation>
    </message>
    <message>
        <source>Against expected</source>
        <translation>기대값과 비교</translation>
    </message>
    <message>
        <source>Next row after a vote</source>
        <translation>투표 후 다음 행</translation>
    </message>
    <message>
        <source>Output %1: the prompt version and model shown in this place</source>
        <translation>출력 %1: 이 위치에 표시할 프롬프트 버전과 모델</translation>
    </message>
    <message>
        <source>Box the words where an output differs from the other one (A from B, the others from A)</source>
        <translation>출력이 다른 출력과 다른 단어에 상자를 표시합니다(A는 B와, 나머지는 A와 비교)</translation>
    </message>
    <message>
        <source>Underline the words where an output differs from the expected answer</source>
        <translation>출력이 기대값과 다른 단어에 밑줄을 표시합니다</translation>
    </message>
    <message>
        <source>After a preference (1-4), move to the next row</source>
        <translation>선호(1-4)를 선택한 후 다음 행으로 이동합니다</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>lathe::ComparisonModel</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>실행 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>실행 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1@%2 · %3</source>
        <translation>%1@%2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>기대값</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>사람 평가</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(케이스 없음)</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(대기 중)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A가 나음</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B가 나음</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>무승부</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation>%1 의견 있음</translation>
    </message>
    <message>
        <source>%1 (repeat %2)</source>
        <translation>%1 (반복 %2)</translation>
    </message>
</context>
<context>
    <name>lathe::ComparisonPanes</name>
    <message>
        <source>Expected</source>
        <translation>기대값</translation>
    </message>
</context>
<context>
    <name>lathe::ComparisonView</name>
    <message>
        <source>Comment on this output; Enter stores it, Esc cancels</source>
        <translation>이 출력에 대한 의견을 입력하세요. Enter를 누르면 저장하고 Esc를 누르면 취소합니다</translation>
    </message>
    <message>
        <source>Choose two to four different columns.</source>
        <translation>서로 다른 열을 2~4개 선택하세요.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>행 %1 · %2</translation>
    </message>
    <message>
        <source>(no case for this row)</source>
        <translation>(이 행에 대한 케이스 없음)</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(대기 중)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>rated %1/5</source>
        <translation>평점 %1/5</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation>%2개 중 %1개 평가함</translation>
    </message>
    <message>
        <source>No preference yet.</source>
        <translation>아직 선호가 없습니다.</translation>
    </message>
    <message>
        <source>Preference: A better.</source>
        <translation>선호: A가 나음.</translation>
    </message>
    <message>
        <source>Preference: B better.</source>
        <translation>선호: B가 나음.</translation>
    </message>
    <message>
        <source>Preference: tie.</source>
        <translation>선호: 무승부.</translation>
    </message>
    <message>
        <source>Preference: both bad.</source>
        <translation>선호: 둘 다 나쁨.</translation>
    </message>
    <message>
        <source>Rate output %1: press 1-5 (Esc cancels).</source>
        <translation>출력 %1 평점: 1-5를 누르세요(Esc를 누르면 취소).</translation>
    </message>
    <message>
        <source>Stored at %1 for row %2.</source>
        <translation>행 %2에 대해 %1에 저장함.</translation>
    </message>
    <message>
        <source>Output %1 rated %2/5 at %3.</source>
        <translation>%3에 출력 %1에 평점 %2/5를 매김.</translation>
    </message>
    <message>
        <source>Output %1 has no case on this row.</source>
        <translation>출력 %1에는 이 행의 케이스가 없습니다.</translation>
    </message>
    <message>
        <source>Comment on output %1; Enter stores it, Esc cancels</source>
        <translation>출력 %1에 대한 의견을 입력하세요. Enter를 누르면 저장하고 Esc를 누르면 취소합니다</translation>
    </message>
    <message>
        <source>Comment stored at %1.</source>
        <translation>%1에 의견을 저장함.</translation>
    </message>
    <message>
        <source>Keys: j/k rows · 1 A better · 2 B better · 3 tie · 4 both bad · 0 clear · r then 1-5 rate · c comment · h/l output · n next unjudged</source>
        <translation>키: j/k 행 · 1 A가 나음 · 2 B가 나음 · 3 무승부 · 4 둘 다 나쁨 · 0 지우기 · r 후 1-5 평점 · c 의견 · h/l 출력 · n 다음 미평가 행</translation>
    </message>
    <message>
        <source>Every row is judged.</source>
        <translation>모든 행이 평가되었습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetDelegate</name>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetHeaderView</name>
    <message>
        <source>Rename Column…</source>
        <translation>열 이름 바꾸기…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Delete Column</source>
        <translation>열 삭제</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>태그</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetPage</name>
    <message>
        <source>Rename Column</source>
        <translation>열 이름 바꾸기</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Add Column…</source>
        <translation>열 추가…</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>열 추가</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>행 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source> · version %1, read-only</source>
        <translation> · 버전 %1, 읽기 전용</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · 읽기 전용</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Select at most %1 rows to delete at once.</source>
        <translation>한 번에 최대 %1개 행까지 선택하여 삭제하세요.</translation>
    </message>
    <message>
        <source>Some selected rows are not loaded yet; try again in a moment.</source>
        <translation>선택한 행 중 일부를 아직 불러오지 않았습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Delete Column</source>
        <translation>열 삭제</translation>
    </message>
    <message>
        <source>“%1” holds more than %2 values. Deleting it cannot be undone.</source>
        <translation>“%1”에 값이 %2개보다 많습니다. 삭제하면 실행 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Column name:</source>
        <translation>열 이름:</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetRowLoader</name>
    <message>
        <source>Cannot read the dataset: %1</source>
        <translation>데이터셋을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetScorerActions</name>
    <message>
        <source>Scorers…</source>
        <translation>채점기…</translation>
    </message>
    <message>
        <source>The scorers every run over this dataset uses (promptfoo assert syntax)</source>
        <translation>이 데이터셋에 대한 모든 실행에서 사용하는 채점기(promptfoo assert 구문)</translation>
    </message>
    <message>
        <source>Every run over “%1” is scored with these, then with each row&apos;s own scorers and the run&apos;s extra scorers.</source>
        <translation>“%1”에 대한 모든 실행은 이 채점기로 먼저 채점한 다음, 각 행의 자체 채점기와 실행의 추가 채점기로 채점합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the newest version carry scorers of their own.</source>
        <translation>
            <numerusform>최신 버전의 행 %n개에 자체 채점기가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments are not kept when saving.</source>
        <translation>저장할 때 주석은 유지되지 않습니다.</translation>
    </message>
    <message>
        <source>Default Scorers of %1</source>
        <translation>%1의 기본 채점기</translation>
    </message>
    <message>
        <source>Scorers of row %1 alone, used after the dataset&apos;s default scorers (like a promptfoo test&apos;s assert). Comments are not kept when saving.</source>
        <translation>행 %1에만 적용되는 채점기로, 데이터셋의 기본 채점기 다음에 사용됩니다(promptfoo 테스트의 assert와 같음). 저장할 때 주석은 유지되지 않습니다.</translation>
    </message>
    <message>
        <source>This version is read-only: edit the newest version to change them.</source>
        <translation>이 버전은 읽기 전용입니다. 변경하려면 최신 버전을 편집하세요.</translation>
    </message>
    <message>
        <source>Scorers of Row %1</source>
        <translation>행 %1의 채점기</translation>
    </message>
    <message>
        <source>Row Scorers…</source>
        <translation>행 채점기…</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetTableModel</name>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Tags of the row (splits such as train or test), comma-separated</source>
        <translation>행의 태그(train, test 같은 분할), 쉼표로 구분</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (key %4)</source>
        <translation>%1 — %2, %3 (키 %4)</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>열린 데이터셋이 없습니다.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>작업 공간이 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Version %1 is not the newest version; only the newest can be edited.</source>
        <translation>버전 %1은(는) 최신 버전이 아닙니다. 최신 버전만 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>The dataset has a newer version (%1); showing it now. Make the change again there.</source>
        <translation>데이터셋에 더 새로운 버전(%1)이 있어 지금 표시합니다. 해당 버전에서 다시 변경하세요.</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetToolBar</name>
    <message>
        <source>Version </source>
        <translation>버전 </translation>
    </message>
    <message>
        <source>Tag </source>
        <translation>태그 </translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>Search values…</source>
        <translation>값 검색…</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source> (newest)</source>
        <translation> (최신)</translation>
    </message>
    <message>
        <source> · used by a run</source>
        <translation> · 실행에서 사용됨</translation>
    </message>
</context>
<context>
    <name>lathe::DatasetsController</name>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>데이터셋 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a CSV, TSV, JSON, JSON Lines or promptfoo file as a new dataset</source>
        <translation>CSV, TSV, JSON, JSON Lines 또는 promptfoo 파일을 새 데이터셋으로 가져옵니다</translation>
    </message>
    <message>
        <source>Clean…</source>
        <translation>정리…</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>데이터셋 %1</translation>
    </message>
</context>
<context>
    <name>lathe::DiffView</name>
    <message>
        <source>Previous Change</source>
        <translation>이전 변경 사항</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>다음 변경 사항</translation>
    </message>
    <message>
        <source>Copy Unified Diff</source>
        <translation>통합 diff 복사</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the unified diff as a .diff or .patch file</source>
        <translation>통합 diff를 .diff 또는 .patch 파일로 저장합니다</translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation>+%1 −%2줄</translation>
    </message>
    <message>
        <source>Export Diff</source>
        <translation>차이 내보내기</translation>
    </message>
    <message>
        <source>Patch files (*.diff *.patch);;All files (*)</source>
        <translation>패치 파일 (*.diff *.patch);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>차이 없음</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>변경 사항 %1/%2</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>변경 사항 1개</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>변경 사항 %1개</translation>
    </message>
</context>
<context>
    <name>lathe::DuplicateRowsModel</name>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Compared text</source>
        <translation>비교한 텍스트</translation>
    </message>
    <message>
        <source>The first copy; kept unless you tick it.</source>
        <translation>첫 번째 사본입니다. 선택하지 않으면 유지됩니다.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>사본</translation>
    </message>
</context>
<context>
    <name>lathe::DuplicatesPage</name>
    <message>
        <source>Ignore extra white space</source>
        <translation>불필요한 공백 무시</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>대소문자 무시</translation>
    </message>
    <message>
        <source>Compare columns:</source>
        <translation>비교할 열:</translation>
    </message>
    <message>
        <source>Normalise:</source>
        <translation>정규화:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n duplicate row(s)</source>
        <translation>
            <numerusform>중복 행 %n개 제거</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the columns to compare.</source>
        <translation>비교할 열을 선택하세요.</translation>
    </message>
    <message>
        <source>No duplicate rows.</source>
        <translation>중복 행이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical rows; </source>
        <translation>
            <numerusform>동일한 행 그룹 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ticked for removal (the first of each group is kept).</source>
        <translation>
            <numerusform>제거하도록 선택한 행 %n개(각 그룹의 첫 번째 행은 유지됨).</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
</context>
<context>
    <name>lathe::EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>lathe::EmptyStatePage</name>
    <message>
        <source>&amp;Look Again</source>
        <translation>다시 찾기(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Lathe&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Lathe에 오신 것을 환영합니다&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workspace is one &lt;b&gt;.lathe&lt;/b&gt; file holding a whole project: prompts and their versions, test datasets, runs and scores. Create one, or open an existing file. New here? Open the demo: a sample project with scored runs to explore.</source>
        <translation>작업 공간은 프롬프트와 그 버전, 테스트 데이터셋, 실행, 점수 등 프로젝트 전체를 담은 하나의 &lt;b&gt;.lathe&lt;/b&gt; 파일입니다. 새로 만들거나 기존 파일을 여세요. 처음 사용하시나요? 채점된 실행이 포함된 샘플 프로젝트인 데모를 열어 살펴보세요.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>새 작업 공간(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>최근 작업 공간</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;최근 작업 공간&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local model servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;로컬 모델 서버&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (없음)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>열려면 두 번 클릭하거나 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>None yet: workspaces you create or open appear here. Start with New Workspace, or explore Open Demo.</source>
        <translation>아직 없습니다. 만들거나 연 작업 공간이 여기에 표시됩니다. 새 작업 공간으로 시작하거나 데모 열기로 둘러보세요.</translation>
    </message>
    <message>
        <source>Looking for Ollama, llama.cpp and LM Studio on this computer…</source>
        <translation>이 컴퓨터에서 Ollama, llama.cpp, LM Studio를 찾는 중…</translation>
    </message>
    <message>
        <source>None found. Start Ollama, a llama.cpp server or LM Studio to run prompts locally, or add a hosted provider once a workspace is open.</source>
        <translation>찾지 못했습니다. 프롬프트를 로컬에서 실행하려면 Ollama, llama.cpp 서버 또는 LM Studio를 시작하거나, 작업 공간을 연 후 호스팅 공급자를 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; at %2 with %n model(s)</source>
        <translation>
            <numerusform>%2의 &lt;b&gt;%1&lt;/b&gt;(모델 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Add it as a provider in a workspace to run prompts against it.</source>
        <translation>&lt;br&gt;이 서버로 프롬프트를 실행하려면 작업 공간에서 공급자로 추가하세요.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo project</source>
        <translation>데모 프로젝트의 새 사본 열기</translation>
    </message>
    <message>
        <source>The demo workspace is not installed</source>
        <translation>데모 작업 공간이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>The demo holds three prompts with versions, their datasets, scored runs of two sample models and human votes. It opens as a copy, so change anything.</source>
        <translation>데모에는 버전이 있는 프롬프트 3개, 해당 데이터셋, 샘플 모델 2개의 채점된 실행, 사람 투표가 들어 있습니다. 사본으로 열리므로 무엇이든 자유롭게 변경하세요.</translation>
    </message>
    <message>
        <source>The demo workspace is not installed with this build (expected at share/lathe/demo.lathe beside Lathe&apos;s program folder). Rebuild or reinstall Lathe to get it, or start with New Workspace.</source>
        <translation>이 빌드에는 데모 작업 공간이 설치되어 있지 않습니다(Lathe 프로그램 폴더 옆의 share/lathe/demo.lathe에 있어야 함). 데모를 사용하려면 Lathe를 다시 빌드하거나 다시 설치하고, 그렇지 않으면 새 작업 공간으로 시작하세요.</translation>
    </message>
</context>
<context>
    <name>lathe::EnvKeyResolver</name>
    <message>
        <source>Key references of the form &quot;%1:&quot; cannot be read here; use env:NAME.</source>
        <translation>&quot;%1:&quot; 형식의 키 참조는 여기에서 읽을 수 없습니다. env:NAME을 사용하세요.</translation>
    </message>
    <message>
        <source>The key reference names no environment variable.</source>
        <translation>키 참조에 환경 변수가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>환경 변수 %1이(가) 설정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::FindBar</name>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <source>Toggle Replace (Ctrl+H)</source>
        <translation>바꾸기 전환(Ctrl+H)</translation>
    </message>
    <message>
        <source>Match Case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Match Whole Word</source>
        <translation>단어 단위로 일치</translation>
    </message>
    <message>
        <source>Use Regular Expression</source>
        <translation>정규식 사용</translation>
    </message>
    <message>
        <source>Previous Match (Shift+Enter)</source>
        <translation>이전 일치 항목(Shift+Enter)</translation>
    </message>
    <message>
        <source>Next Match (Enter)</source>
        <translation>다음 일치 항목(Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기(Esc)</translation>
    </message>
    <message>
        <source>Replace (Enter)</source>
        <translation>바꾸기(Enter)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Replace All (Ctrl+Alt+Enter)</source>
        <translation>모두 바꾸기(Ctrl+Alt+Enter)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>일치 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Search wrapped around</source>
        <translation>처음부터 다시 검색함</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation>
            <numerusform>%n개 바꿈</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lathe::GeneralPage</name>
    <message>
        <source>System default (%1)</source>
        <translation>시스템 기본값(%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>메뉴, 대화 상자, 메시지의 언어</translation>
    </message>
    <message>
        <source>Lathe shows the new language the next time it starts.</source>
        <translation>Lathe를 다음에 시작할 때 새 언어가 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
</context>
<context>
    <name>lathe::HistoryPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore to Draft</source>
        <translation>초안으로 복원(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>레이블(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Fork…</source>
        <translation>포크(&amp;F)…</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>버전 기록</translation>
    </message>
    <message>
        <source>Open the selected version read-only</source>
        <translation>선택한 버전을 읽기 전용으로 엽니다</translation>
    </message>
    <message>
        <source>Replace the draft with the selected version</source>
        <translation>초안을 선택한 버전으로 바꿉니다</translation>
    </message>
    <message>
        <source>Compare one selected version with the draft, or two versions with each other</source>
        <translation>선택한 버전 하나를 초안과 비교하거나 두 버전을 서로 비교합니다</translation>
    </message>
    <message>
        <source>Point a label such as production at the selected version</source>
        <translation>production 같은 레이블이 선택한 버전을 가리키게 합니다</translation>
    </message>
    <message>
        <source>Start a new prompt from the selected version</source>
        <translation>선택한 버전에서 새 프롬프트를 시작합니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;기록&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Compare Both</source>
        <translation>둘 다 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare with Draft</source>
        <translation>초안과 비교(&amp;C)</translation>
    </message>
</context>
<context>
    <name>lathe::HttpClient</name>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>응답이 %1바이트보다 큽니다.</translation>
    </message>
    <message>
        <source>Could not connect within %1 ms.</source>
        <translation>%1 ms 안에 연결하지 못했습니다.</translation>
    </message>
    <message>
        <source>No complete response within %1 ms.</source>
        <translation>%1 ms 안에 완전한 응답을 받지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not start the request.</source>
        <translation>요청을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The stream sent nothing for %1 ms.</source>
        <translation>스트림이 %1 ms 동안 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::HttpReply</name>
    <message>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::ImportColumnsTable</name>
    <message>
        <source>In the file</source>
        <translation>파일 내 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
</context>
<context>
    <name>lathe::ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON 배열</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>promptfoo tests</source>
        <translation>promptfoo 테스트</translation>
    </message>
    <message>
        <source>OpenAI Evals samples</source>
        <translation>OpenAI Evals 샘플</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>데이터셋 가져오기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>데이터셋 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Columns — choose what each one is for:</source>
        <translation>열 — 각 열의 용도를 선택하세요:</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows:</source>
        <translation>처음 %1개 행 미리 보기:</translation>
    </message>
    <message>
        <source>Datasets (*.csv *.tsv *.tab *.txt *.json *.jsonl *.ndjson *.yaml *.yml);;All files (*)</source>
        <translation>데이터셋 (*.csv *.tsv *.tab *.txt *.json *.jsonl *.ndjson *.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>%1(으)로 읽음</translation>
    </message>
    <message>
        <source>%1 holds no columns.</source>
        <translation>%1에 열이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a file with at least one column.</source>
        <translation>열이 하나 이상 있는 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>데이터셋 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is already a dataset named “%1”.</source>
        <translation>이름이 “%1”인 데이터셋이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>가져오기가 취소되었습니다. 저장된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>가져오기가 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::JudgeWorker</name>
    <message>
        <source>The judge was shut down.</source>
        <translation>평가 모델이 종료되었습니다.</translation>
    </message>
    <message>
        <source>no judge provider: name a stored provider on the scorer (provider:) or for the run (--judge-provider)</source>
        <translation>평가 모델 공급자가 없습니다: 채점기(provider:) 또는 실행(--judge-provider)에 저장된 공급자를 지정하세요</translation>
    </message>
    <message>
        <source>the workspace&apos;s providers cannot be read</source>
        <translation>작업 공간의 공급자를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>judge provider %1: %2</source>
        <translation>평가 모델 공급자 %1: %2</translation>
    </message>
    <message>
        <source>judge provider %1 has an unknown kind &quot;%2&quot;</source>
        <translation>평가 모델 공급자 %1의 종류 &quot;%2&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>judge provider &quot;%1&quot; is not configured in this workspace (see lathe-cli provider list)</source>
        <translation>평가 모델 공급자 &quot;%1&quot;이(가) 이 작업 공간에 구성되어 있지 않습니다(lathe-cli provider list 참조)</translation>
    </message>
    <message>
        <source>no judge model for provider %1: set model: on the scorer or --judge-model</source>
        <translation>공급자 %1에 대한 평가 모델이 없습니다: 채점기에 model:을 설정하거나 --judge-model을 사용하세요</translation>
    </message>
    <message>
        <source>The judge call was canceled.</source>
        <translation>평가 모델 호출이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::KeychainKeyResolver</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The keychain has no entry “%1”. Set the key in the provider&apos;s settings.</source>
        <translation>키체인에 “%1” 항목이 없습니다. 공급자 설정에서 키를 설정하세요.</translation>
    </message>
    <message>
        <source>Access to the keychain entry “%1” was denied%2.</source>
        <translation>키체인 항목 “%1”에 대한 접근이 거부되었습니다%2.</translation>
    </message>
    <message>
        <source>No keychain service is available%1. Use an environment variable for the key instead.</source>
        <translation>사용할 수 있는 키체인 서비스가 없습니다%1. 대신 환경 변수를 사용하여 키를 지정하세요.</translation>
    </message>
    <message>
        <source> Check that a keychain service (such as GNOME Keyring or KWallet) is running and unlocked, or use an environment variable for the key.</source>
        <translation> 키체인 서비스(GNOME Keyring, KWallet 등)가 실행 중이고 잠금 해제되어 있는지 확인하거나, 환경 변수를 사용하여 키를 지정하세요.</translation>
    </message>
    <message>
        <source>Could not write the keychain entry “%1”%2.</source>
        <translation>키체인 항목 “%1”을(를) 쓸 수 없습니다%2.</translation>
    </message>
    <message>
        <source>Could not read the keychain entry “%1”%2.</source>
        <translation>키체인 항목 “%1”을(를) 읽을 수 없습니다%2.</translation>
    </message>
    <message>
        <source>The key reference names no keychain entry.</source>
        <translation>키 참조에 키체인 항목이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The keychain entry “%1” has not been read yet.</source>
        <translation>키체인 항목 “%1”을(를) 아직 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The keychain entry “%1” is empty. Set the key in the provider&apos;s settings.</source>
        <translation>키체인 항목 “%1”이(가) 비어 있습니다. 공급자 설정에서 키를 설정하세요.</translation>
    </message>
    <message>
        <source>Enter a keychain entry name and a key.</source>
        <translation>키체인 항목 이름과 키를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>lathe::LengthHistogram</name>
    <message>
        <source>No lengths to show</source>
        <translation>표시할 길이 없음</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>%1 — median %2, fences %3 to %4</source>
        <translation>%1 — 중앙값 %2, 울타리 %3~%4</translation>
    </message>
    <message>
        <source>highest bin %1</source>
        <translation>최대 구간 %1</translation>
    </message>
</context>
<context>
    <name>lathe::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>새 작업 공간(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a copy of the workspace to a new file and continue working there</source>
        <translation>작업 공간의 사본을 새 파일에 쓰고 그 파일에서 계속 작업합니다</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>작업 공간 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a report of a stored run as HTML, PDF, Markdown, CSV, JSON or JUnit XML</source>
        <translation>저장된 실행의 보고서를 HTML, PDF, Markdown, CSV, JSON 또는 JUnit XML로 작성합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>프롬프트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>데이터셋(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, theme, editor font, run defaults, providers and prices</source>
        <translation>언어, 테마, 편집기 글꼴, 실행 기본값, 공급자, 가격</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Lathe</source>
        <translation>Lathe 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>%1 — %2 — Lathe</source>
        <translation>%1 — %2 — Lathe</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [읽기 전용]</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>읽기 전용: %1</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>자동으로 저장됨</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>보고서를 %1에 작성함</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>데모 열기</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo project: prompts, datasets, scored runs and votes</source>
        <translation>데모 프로젝트의 새 사본 열기: 프롬프트, 데이터셋, 채점된 실행과 투표</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
</context>
<context>
    <name>lathe::ModelListCall</name>
    <message>
        <source>The model list is not a JSON object.</source>
        <translation>모델 목록이 JSON 객체가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>lathe::ModelPicker</name>
    <message>
        <source>Provider / model</source>
        <translation>공급자 / 모델</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>Another model of the selected provider, then Enter</source>
        <translation>선택한 공급자의 다른 모델을 입력한 후 Enter</translation>
    </message>
</context>
<context>
    <name>lathe::NearDuplicatePairsModel</name>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <source>Kept row</source>
        <translation>유지할 행</translation>
    </message>
    <message>
        <source>Kept text</source>
        <translation>유지할 텍스트</translation>
    </message>
    <message>
        <source>Removed row</source>
        <translation>제거할 행</translation>
    </message>
    <message>
        <source>Removed text</source>
        <translation>제거할 텍스트</translation>
    </message>
</context>
<context>
    <name>lathe::NearDuplicatesPage</name>
    <message>
        <source>Ignore white space and case</source>
        <translation>공백 및 대소문자 무시</translation>
    </message>
    <message>
        <source>Edit distance (Levenshtein)</source>
        <translation>편집 거리(Levenshtein)</translation>
    </message>
    <message>
        <source>Insertions and deletions (ratio)</source>
        <translation>삽입 및 삭제(비율)</translation>
    </message>
    <message>
        <source>Keep the other row</source>
        <translation>다른 행 유지</translation>
    </message>
    <message>
        <source>For the selected pairs, keep the row that would be removed and remove the other.</source>
        <translation>선택한 쌍에서 제거될 행을 유지하고 다른 행을 제거합니다.</translation>
    </message>
    <message>
        <source>Compare columns:</source>
        <translation>비교할 열:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>최소:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n near-duplicate row(s)</source>
        <translation>
            <numerusform>유사 중복 행 %n개 제거</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the columns to compare.</source>
        <translation>비교할 열을 선택하세요.</translation>
    </message>
    <message>
        <source>No pairs at least %1 similar.</source>
        <translation>유사도가 %1 이상인 쌍이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) at least %1 similar; </source>
        <translation>
            <numerusform>유사도가 %1 이상인 쌍 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to remove.</source>
        <translation>
            <numerusform>제거할 행 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the most similar pairs are listed; raise the threshold to see all.</source>
        <translation>가장 유사한 쌍만 표시됩니다. 모두 보려면 임계값을 높이세요.</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation>유사 중복</translation>
    </message>
</context>
<context>
    <name>lathe::OllamaProtocol</name>
    <message>
        <source>No model is set; Ollama needs one.</source>
        <translation>모델이 설정되지 않았습니다. Ollama에는 모델이 필요합니다.</translation>
    </message>
    <message>
        <source>The response has no message.</source>
        <translation>응답에 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>A stream line is not valid JSON: %1.</source>
        <translation>스트림 줄이 유효한 JSON이 아닙니다: %1.</translation>
    </message>
</context>
<context>
    <name>lathe::OpenAiProtocol</name>
    <message>
        <source>Azure OpenAI needs a base URL and a deployment (or a model).</source>
        <translation>Azure OpenAI에는 기본 URL과 배포(또는 모델)가 필요합니다.</translation>
    </message>
    <message>
        <source>The response has no choices.</source>
        <translation>응답에 choices가 없습니다.</translation>
    </message>
    <message>
        <source>The response&apos;s first choice has no message.</source>
        <translation>응답의 첫 번째 choice에 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>A stream event is not valid JSON: %1.</source>
        <translation>스트림 이벤트가 유효한 JSON이 아닙니다: %1.</translation>
    </message>
</context>
<context>
    <name>lathe::OutlierRowsModel</name>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n character(s), too long</source>
        <translation>
            <numerusform>%1: %n자, 너무 김</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n character(s), too short</source>
        <translation>
            <numerusform>%1: %n자, 너무 짧음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lathe::OutliersPage</name>
    <message>
        <source>Interquartile range (IQR)</source>
        <translation>사분위 범위(IQR)</translation>
    </message>
    <message>
        <source>Standard deviations (z-score)</source>
        <translation>표준 편차(z-점수)</translation>
    </message>
    <message>
        <source>IQR: fences at Q1 − f·IQR and Q3 + f·IQR. z-score: more than f standard deviations from the mean.</source>
        <translation>IQR: 경계는 Q1 − f·IQR과 Q3 + f·IQR입니다. z-점수: 평균에서 표준 편차 f배 이상 벗어난 값입니다.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>계수</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <source>Histogram of</source>
        <translation>히스토그램 대상</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n length outlier row(s)</source>
        <translation>
            <numerusform>길이 이상값 행 %n개 제거</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the columns to measure.</source>
        <translation>측정할 열을 선택하세요.</translation>
    </message>
    <message>
        <source>No length outliers.</source>
        <translation>길이 이상값이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside the fences; </source>
        <translation>
            <numerusform>경계 밖의 행 %n개; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked for removal.</source>
        <translation>
            <numerusform>제거하도록 %n개 선택함.</numerusform>
        </translation>
    </message>
    <message>
        <source>Length outliers</source>
        <translation>길이 이상값</translation>
    </message>
</context>
<context>
    <name>lathe::ParamsPanel</name>
    <message>
        <source>provider default</source>
        <translation>공급자 기본값</translation>
    </message>
    <message>
        <source>one stop sequence per line</source>
        <translation>한 줄에 중지 시퀀스 하나</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 객체</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON 스키마</translation>
    </message>
    <message>
        <source>JSON schema the response must follow, e.g. { &quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: { … } }</source>
        <translation>응답이 따라야 하는 JSON 스키마(예: { &quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: { … } })</translation>
    </message>
    <message>
        <source>Send this parameter; unchecked means the provider&apos;s default</source>
        <translation>이 매개변수를 보냅니다. 선택하지 않으면 공급자의 기본값을 사용합니다</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>온도(&amp;T):</translation>
    </message>
    <message>
        <source>Top &amp;p:</source>
        <translation>Top p(&amp;P):</translation>
    </message>
    <message>
        <source>Max t&amp;okens:</source>
        <translation>최대 토큰(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;top:</source>
        <translation>중지(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>응답(&amp;R):</translation>
    </message>
    <message>
        <source>JSON sc&amp;hema:</source>
        <translation>JSON 스키마(&amp;H):</translation>
    </message>
</context>
<context>
    <name>lathe::PersonalDataPage</name>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>찾을 항목:</translation>
    </message>
    <message numerus="yes">
        <source>Redact personal data in %n cell(s)</source>
        <translation>
            <numerusform>셀 %n개의 개인 정보 가리기</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the columns to scan.</source>
        <translation>검사할 열을 선택하세요.</translation>
    </message>
    <message>
        <source>No personal data found.</source>
        <translation>개인 정보를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 distinct)</source>
        <translation>%1 %2 (고유 %3개)</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 in %n cell(s); </source>
        <translation>
            <numerusform>셀 %n개에서 %1 발견; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked for redaction.</source>
        <translation>
            <numerusform>가리도록 %n개 선택함.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>개인 정보</translation>
    </message>
</context>
<context>
    <name>lathe::PiiCellsModel</name>
    <message>
        <source>Redact</source>
        <translation>가리기</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>발견 항목</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>가린 결과</translation>
    </message>
</context>
<context>
    <name>lathe::PricingPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>제거(&amp;R)…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Input / 1M tokens</source>
        <translation>입력 / 토큰 1M개</translation>
    </message>
    <message>
        <source>Output / 1M tokens</source>
        <translation>출력 / 토큰 1M개</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>A model name, or a pattern such as gpt-4o* that prices every matching model</source>
        <translation>모델 이름 또는 일치하는 모든 모델에 가격을 매기는 gpt-4o* 같은 패턴</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Prices belong to a workspace. Open a workspace to edit its pricing table.</source>
        <translation>가격은 작업 공간에 속합니다. 가격표를 편집하려면 작업 공간을 여세요.</translation>
    </message>
    <message>
        <source>The workspace is read-only; its prices cannot be changed.</source>
        <translation>작업 공간이 읽기 전용이므로 가격을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Prices per million tokens. Run costs are computed with them when results arrive.</source>
        <translation>토큰 100만 개당 가격입니다. 결과가 도착하면 이 가격으로 실행 비용을 계산합니다.</translation>
    </message>
    <message>
        <source>Remove Price</source>
        <translation>가격 제거</translation>
    </message>
    <message>
        <source>Remove this empty entry?</source>
        <translation>이 빈 항목을 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove the price of “%1”? Results already stored keep their costs; new results of this model will have none.</source>
        <translation>“%1”의 가격을 제거하시겠습니까? 이미 저장된 결과는 비용을 유지하지만, 이 모델의 새 결과에는 비용이 없습니다.</translation>
    </message>
    <message>
        <source>Pricing, row %1: enter a model name or a pattern such as gpt-4o*.</source>
        <translation>가격, %1행: 모델 이름 또는 gpt-4o* 같은 패턴을 입력하세요.</translation>
    </message>
    <message>
        <source>Pricing, row %1: “%2” is priced twice.</source>
        <translation>가격, %1행: “%2”의 가격이 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>Pricing, row %1: the currency must be a three-letter code such as USD.</source>
        <translation>가격, %1행: 통화는 USD 같은 세 글자 코드여야 합니다.</translation>
    </message>
    <message>
        <source>Pricing: “%1” could not be removed: %2</source>
        <translation>가격: “%1”을(를) 제거할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Pricing: “%1” could not be stored: %2</source>
        <translation>가격: “%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>lathe::ProjectDock</name>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Project tree</source>
        <translation>프로젝트 트리</translation>
    </message>
</context>
<context>
    <name>lathe::ProjectTreeModel</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>버전 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
</context>
<context>
    <name>lathe::PromptDiffView</name>
    <message>
        <source>Copy Full Diff</source>
        <translation>전체 차이 복사</translation>
    </message>
    <message>
        <source>Copy the unified diff of parameters, template and messages</source>
        <translation>매개변수, 템플릿, 메시지의 통합 diff를 복사합니다</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>1 parameter changed</source>
        <translation>매개변수 1개 변경됨</translation>
    </message>
    <message>
        <source>%1 parameters changed</source>
        <translation>매개변수 %1개 변경됨</translation>
    </message>
    <message>
        <source>template +%1 −%2 lines</source>
        <translation>템플릿 +%1 −%2줄</translation>
    </message>
    <message>
        <source>1 message changed</source>
        <translation>메시지 1개 변경됨</translation>
    </message>
    <message>
        <source>%1 messages changed</source>
        <translation>메시지 %1개 변경됨</translation>
    </message>
    <message>
        <source>1 message added</source>
        <translation>메시지 1개 추가됨</translation>
    </message>
    <message>
        <source>%1 messages added</source>
        <translation>메시지 %1개 추가됨</translation>
    </message>
    <message>
        <source>1 message removed</source>
        <translation>메시지 1개 제거됨</translation>
    </message>
    <message>
        <source>%1 messages removed</source>
        <translation>메시지 %1개 제거됨</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>차이 없음</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation>+%1 −%2줄</translation>
    </message>
</context>
<context>
    <name>lathe::PromptEditor</name>
    <message>
        <source>Word Wrap</source>
        <translation>자동 줄 바꿈</translation>
    </message>
</context>
<context>
    <name>lathe::PromptHistoryModel</name>
    <message>
        <source>@%1  %2</source>
        <translation>@%1  %2</translation>
    </message>
    <message>
        <source>Version %1 (parent %2)
%3
Hash %4</source>
        <translation>버전 %1 (부모 %2)
%3
해시 %4</translation>
    </message>
</context>
<context>
    <name>lathe::PromptPage</name>
    <message>
        <source>Text prompt</source>
        <translation>텍스트 프롬프트</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>채팅 메시지</translation>
    </message>
    <message>
        <source>A single template, or an ordered list of system/user/assistant messages</source>
        <translation>단일 템플릿 또는 system/user/assistant 메시지의 순서 있는 목록</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>커밋(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the draft as a new immutable version (Ctrl+Enter)</source>
        <translation>초안을 변경할 수 없는 새 버전으로 저장합니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>데이터셋(&amp;D):</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>모델 매개변수</translation>
    </message>
    <message>
        <source>The dataset this prompt is written against: its columns are offered as variables</source>
        <translation>이 프롬프트가 대상으로 하는 데이터셋입니다. 해당 데이터셋의 열을 변수로 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>%1@%2 (read-only)</source>
        <translation>%1@%2 (읽기 전용)</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>초안을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Nothing to Commit</source>
        <translation>커밋할 내용 없음</translation>
    </message>
    <message>
        <source>The draft is identical to the version it started from.</source>
        <translation>초안이 시작한 버전과 같습니다.</translation>
    </message>
    <message>
        <source>Commit Version</source>
        <translation>버전 커밋</translation>
    </message>
    <message>
        <source>Describe what changed and why:</source>
        <translation>무엇을 왜 변경했는지 설명하세요:</translation>
    </message>
    <message>
        <source>Cannot Commit</source>
        <translation>커밋할 수 없음</translation>
    </message>
    <message>
        <source>Version %1 · %2 · read-only</source>
        <translation>버전 %1 · %2 · 읽기 전용</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>읽기 전용 작업 공간</translation>
    </message>
    <message>
        <source>based on @%1</source>
        <translation>@%1 기반</translation>
    </message>
    <message>
        <source>not committed yet</source>
        <translation>아직 커밋되지 않음</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>draft saved, uncommitted changes</source>
        <translation>초안 저장됨, 커밋되지 않은 변경 사항 있음</translation>
    </message>
    <message>
        <source>no changes since @%1</source>
        <translation>@%1 이후 변경 사항 없음</translation>
    </message>
    <message>
        <source>Draft · %1 · %2</source>
        <translation>초안 · %1 · %2</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>버전 복원</translation>
    </message>
    <message>
        <source>Replace the draft with version %1? Uncommitted changes in the draft are lost.</source>
        <translation>초안을 버전 %1(으)로 바꾸시겠습니까? 초안의 커밋되지 않은 변경 사항은 사라집니다.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>복원할 수 없음</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Label Version</source>
        <translation>버전에 레이블 지정</translation>
    </message>
    <message>
        <source>Point this label at version %1:</source>
        <translation>이 레이블이 버전 %1을(를) 가리키게 합니다:</translation>
    </message>
    <message>
        <source>Cannot Label</source>
        <translation>레이블을 지정할 수 없음</translation>
    </message>
</context>
<context>
    <name>lathe::PromptVersionPicker</name>
    <message>
        <source>Prompt version</source>
        <translation>프롬프트 버전</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>커밋됨 %1</translation>
    </message>
</context>
<context>
    <name>lathe::PromptsController</name>
    <message>
        <source>&amp;New Prompt…</source>
        <translation>새 프롬프트(&amp;N)…</translation>
    </message>
    <message>
        <source>New Prompt</source>
        <translation>새 프롬프트</translation>
    </message>
    <message>
        <source>Prompt name:</source>
        <translation>프롬프트 이름:</translation>
    </message>
    <message>
        <source>Cannot Create Prompt</source>
        <translation>프롬프트를 만들 수 없음</translation>
    </message>
    <message>
        <source>Fork Prompt</source>
        <translation>프롬프트 포크</translation>
    </message>
    <message>
        <source>Name of the new prompt, starting from %1@%2:</source>
        <translation>%1@%2에서 시작하는 새 프롬프트의 이름:</translation>
    </message>
    <message>
        <source>Cannot Fork</source>
        <translation>포크할 수 없음</translation>
    </message>
</context>
<context>
    <name>lathe::ProviderDialog</name>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>키 설정…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation>공급자 추가</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 호환</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Ollama (native API)</source>
        <translation>Ollama (네이티브 API)</translation>
    </message>
    <message>
        <source>the run&apos;s model</source>
        <translation>실행의 모델</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>OS keychain entry</source>
        <translation>OS 키체인 항목</translation>
    </message>
    <message>
        <source>Store the key in the OS keychain; the workspace keeps only the entry&apos;s name</source>
        <translation>키를 OS 키체인에 저장합니다. 작업 공간에는 항목 이름만 보관합니다</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 버전(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>배포(&amp;D):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation>동시 요청 수:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>분당 요청 수:</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>분당 토큰 수:</translation>
    </message>
    <message>
        <source>Attempts per request:</source>
        <translation>요청당 시도 횟수:</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>시간 제한</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <source>Whole request:</source>
        <translation>전체 요청:</translation>
    </message>
    <message>
        <source>Silent stream:</source>
        <translation>응답 없는 스트림:</translation>
    </message>
    <message>
        <source>Edit Provider “%1”</source>
        <translation>공급자 “%1” 편집</translation>
    </message>
    <message>
        <source>variable name, e.g. OPENAI_API_KEY</source>
        <translation>변수 이름(예: OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>keychain entry name</source>
        <translation>키체인 항목 이름</translation>
    </message>
    <message>
        <source>local servers usually need none</source>
        <translation>로컬 서버는 보통 필요 없음</translation>
    </message>
    <message>
        <source>Choose “OS keychain entry” and name the entry first.</source>
        <translation>먼저 “OS 키체인 항목”을 선택하고 항목 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Set API Key</source>
        <translation>API 키 설정</translation>
    </message>
    <message>
        <source>Key for the keychain entry “%1”:</source>
        <translation>키체인 항목 “%1”의 키:</translation>
    </message>
    <message>
        <source>The key is stored in the keychain.</source>
        <translation>키가 키체인에 저장되었습니다.</translation>
    </message>
    <message>
        <source>Please correct: %1.</source>
        <translation>다음을 수정하세요: %1.</translation>
    </message>
</context>
<context>
    <name>lathe::ProviderModelsBox</name>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Detect local servers</source>
        <translation>로컬 서버 감지(&amp;D)</translation>
    </message>
    <message>
        <source>The models this provider offers in the run dialog. Double-click to rename.</source>
        <translation>실행 대화 상자에서 이 공급자가 제공하는 모델입니다. 이름을 바꾸려면 두 번 클릭하세요.</translation>
    </message>
    <message>
        <source>Add a model by name, then press Enter</source>
        <translation>모델 이름을 입력한 다음 Enter 키를 눌러 추가하세요</translation>
    </message>
    <message>
        <source>List the provider&apos;s models with the settings as entered</source>
        <translation>입력한 설정으로 공급자의 모델 목록을 가져옵니다</translation>
    </message>
    <message>
        <source>Look for Ollama, llama.cpp and LM Studio on this computer</source>
        <translation>이 컴퓨터에서 Ollama, llama.cpp, LM Studio를 찾습니다</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Connected; the server lists no models.</source>
        <translation>연결되었습니다. 서버에 나열된 모델이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Connected; the server lists %n model(s).</source>
        <translation>
            <numerusform>연결되었습니다. 서버에 모델 %n개가 나열되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>연결 실패: %1</translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>로컬 서버를 찾는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%n model(s))</source>
        <translation>
            <numerusform>%2의 %1(모델 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>No local server answered.</source>
        <translation>응답한 로컬 서버가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n local server(s); choose one to use it.</source>
        <translation>
            <numerusform>로컬 서버 %n개를 찾았습니다. 사용할 서버를 선택하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lathe::ProvidersDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>제거(&amp;R)…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>공급자 제거</translation>
    </message>
    <message>
        <source>Remove the provider “%1”? Runs that used it keep a copy of its settings.</source>
        <translation>공급자 “%1”을(를) 제거하시겠습니까? 이 공급자를 사용한 실행은 설정 사본을 유지합니다.</translation>
    </message>
</context>
<context>
    <name>lathe::ProvidersPage</name>
    <message>
        <source>&amp;Manage Providers…</source>
        <translation>공급자 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Add, edit, test and remove the LLM endpoints of this workspace</source>
        <translation>이 작업 공간의 LLM 엔드포인트를 추가, 편집, 테스트, 제거합니다</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Providers belong to a workspace. Open a workspace to see and edit its providers.</source>
        <translation>공급자는 작업 공간에 속합니다. 공급자를 보고 편집하려면 작업 공간을 여세요.</translation>
    </message>
    <message>
        <source>No providers yet. Add one to run prompts against a model.</source>
        <translation>아직 공급자가 없습니다. 모델로 프롬프트를 실행하려면 공급자를 추가하세요.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keychain or read from environment variables, never stored in the workspace.</source>
        <translation>API 키는 시스템 키체인에 보관하거나 환경 변수에서 읽으며, 작업 공간에는 절대 저장하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>최근 작업 공간 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>lathe::ReportExportDialog</name>
    <message>
        <source>HTML page (self-contained)</source>
        <translation>HTML 페이지(독립 실행형)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (one row per case and column)</source>
        <translation>CSV(케이스와 열마다 한 행)</translation>
    </message>
    <message>
        <source>JSON (complete)</source>
        <translation>JSON(전체)</translation>
    </message>
    <message>
        <source>JUnit XML (for CI)</source>
        <translation>JUnit XML(CI용)</translation>
    </message>
    <message>
        <source>&amp;Open the report when done</source>
        <translation>완료되면 보고서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>실행(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>The report is written from the stored results: summary, charts, every case with its outputs and scores, human judgements and the run&apos;s settings. Nothing is sent to a model.</source>
        <translation>보고서는 저장된 결과로 작성됩니다: 요약, 차트, 출력과 점수가 포함된 모든 케이스, 사람 평가, 실행 설정. 모델에는 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4 cases)</source>
        <translation>#%1 %2 (%3, 케이스 %4개)</translation>
    </message>
    <message>
        <source>This workspace has no runs yet. Start one with Run &gt; New Run, then export it.</source>
        <translation>이 작업 공간에는 아직 실행이 없습니다. 실행 &gt; 새 실행으로 실행을 시작한 다음 내보내세요.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>보고서를 저장할 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1은(는) 폴더입니다. 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>보고서를 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows x %3 columns</source>
        <translation>%1 작성함: %2행 x %3열</translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>, %n페이지</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lathe::RescoreDialog</name>
    <message>
        <source>&amp;Re-score</source>
        <translation>다시 채점(&amp;R)</translation>
    </message>
    <message>
        <source>Re-score Run %1</source>
        <translation>실행 %1 다시 채점</translation>
    </message>
    <message>
        <source>Save these scorers as the run&apos;s and score every stored output again; no model is called</source>
        <translation>이 채점기를 실행의 채점기로 저장하고 저장된 모든 출력을 다시 채점합니다. 모델은 호출하지 않습니다</translation>
    </message>
    <message>
        <source>Scored %1 of %2 cases…</source>
        <translation>케이스 %2개 중 %1개 채점함…</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 has %Ln case(s). Each is scored from its stored output, with the dataset&apos;s default scorers (%2), the rows&apos; own</source>
        <translation>
            <numerusform>실행 %1에는 케이스 %Ln개가 있습니다. 각 케이스는 저장된 출력에서 데이터셋의 기본 채점기(%2), 행 자체 채점기</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message numerus="yes">
        <source> (%n row(s) have some)</source>
        <translation>
            <numerusform> (행 %n개에 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source> and the run&apos;s scorers below. No model is called.</source>
        <translation> 및 아래 실행 채점기로 채점됩니다. 모델은 호출하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read the run: %1</source>
        <translation>실행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel Re-scoring</source>
        <translation>다시 채점 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Fix the problems listed before re-scoring.</source>
        <translation>다시 채점하기 전에 나열된 문제를 해결하세요.</translation>
    </message>
    <message>
        <source>Re-scoring…</source>
        <translation>다시 채점하는 중…</translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation>다시 채점 실패: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 cases; their new scores are kept, the rest keep their old ones.</source>
        <translation>케이스 %1개 후 취소되었습니다. 해당 케이스의 새 점수는 유지되고 나머지는 이전 점수를 유지합니다.</translation>
    </message>
    <message>
        <source>Re-scored %1 of %2 cases: %3 scores written.</source>
        <translation>케이스 %2개 중 %1개를 다시 채점함: 점수 %3개 기록함.</translation>
    </message>
    <message numerus="yes">
        <source>%n model error(s) not scored.</source>
        <translation>
            <numerusform>모델 오류 %n개는 채점하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a result.</source>
        <translation>
            <numerusform>결과가 없는 케이스 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scorer error(s), %2 skipped.</source>
        <translation>채점기 오류 %1개, 건너뜀 %2개.</translation>
    </message>
    <message>
        <source>Cancelling after the batch in progress…</source>
        <translation>진행 중인 배치 후 취소하는 중…</translation>
    </message>
    <message>
        <source>Unsaved Scorers</source>
        <translation>저장되지 않은 채점기</translation>
    </message>
    <message>
        <source>The run&apos;s scorer list has changes that were not used. Discard them?</source>
        <translation>실행의 채점기 목록에 사용되지 않은 변경 사항이 있습니다. 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>lathe::ResultsController</name>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>실행 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>List the cases that improved, regressed or stayed the same between two runs of a dataset</source>
        <translation>한 데이터셋의 두 실행 사이에서 개선됨, 퇴보함, 변경 없음인 케이스 나열</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Results of run %1: %2</source>
        <translation>실행 %1의 결과: %2</translation>
    </message>
</context>
<context>
    <name>lathe::ResultsPage</name>
    <message>
        <source>&amp;Summary</source>
        <translation>요약(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>케이스(&amp;C)</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>선택한 실행 없음</translation>
    </message>
    <message>
        <source>No run selected. Choose a run in the Runs panel and click Open to see its results.</source>
        <translation>선택한 실행이 없습니다. 결과를 보려면 실행 패널에서 실행을 선택하고 열기를 클릭하세요.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Computing the summary…</source>
        <translation>요약을 계산하는 중…</translation>
    </message>
    <message>
        <source>This run has no results yet. Start or resume it from the Runs panel, then click Refresh to see the results stored so far.</source>
        <translation>이 실행에는 아직 결과가 없습니다. 실행 패널에서 시작하거나 재개한 다음, 새로 고침을 클릭하여 지금까지 저장된 결과를 확인하세요.</translation>
    </message>
    <message>
        <source>This run has no columns to summarize.</source>
        <translation>이 실행에는 요약할 열이 없습니다.</translation>
    </message>
    <message>
        <source>This run has no results yet. Start or resume it from the Runs panel; its cases show here once results are stored.</source>
        <translation>이 실행에는 아직 결과가 없습니다. 실행 패널에서 시작하거나 재개하세요. 결과가 저장되면 케이스가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>lathe::ReviewAttachment</name>
    <message>
        <source>Side by side</source>
        <translation>나란히</translation>
    </message>
</context>
<context>
    <name>lathe::ReviewSession</name>
    <message>
        <source>Output %1 has no case on this row.</source>
        <translation>출력 %1에는 이 행의 케이스가 없습니다.</translation>
    </message>
    <message>
        <source>This row has no answer from both A and B.</source>
        <translation>이 행에는 A와 B 모두의 답이 없습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::RunCompareDialog</name>
    <message>
        <source>Compare Runs</source>
        <translation>실행 비교</translation>
    </message>
</context>
<context>
    <name>lathe::RunCompareView</name>
    <message>
        <source>Open Baseline Case</source>
        <translation>기준 케이스 열기</translation>
    </message>
    <message>
        <source>Open Candidate Case</source>
        <translation>후보 케이스 열기</translation>
    </message>
    <message>
        <source>Baseline run</source>
        <translation>기준 실행</translation>
    </message>
    <message>
        <source>Candidate run</source>
        <translation>후보 실행</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>기준(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>후보(&amp;C):</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>실행 %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 v%3, %4 cases)</source>
        <translation>%1 (%2 v%3, 케이스 %4개)</translation>
    </message>
    <message>
        <source>The workspace has no runs to compare yet.</source>
        <translation>작업 공간에 아직 비교할 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Matching column</source>
        <translation>일치 열</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>비교하는 중…</translation>
    </message>
    <message>
        <source>Improved (%1)</source>
        <translation>개선됨 (%1)</translation>
    </message>
    <message>
        <source>Regressed (%1)</source>
        <translation>퇴보함 (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>변경 없음 (%1)</translation>
    </message>
    <message>
        <source>Not judged (%1)</source>
        <translation>판정 안 됨 (%1)</translation>
    </message>
    <message>
        <source>Choose two runs of the same dataset.</source>
        <translation>같은 데이터셋의 실행 두 개를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 paired cases: %2 improved, %3 regressed, %4 unchanged</source>
        <translation>짝지은 케이스 %1개: 개선됨 %2개, 퇴보함 %3개, 변경 없음 %4개</translation>
    </message>
    <message>
        <source>, %1 not judged</source>
        <translation>, 판정 안 됨 %1개</translation>
    </message>
    <message>
        <source>Mean score %1%2, 95% interval [%3, %4].</source>
        <translation>평균 점수 %1%2, 95% 구간 [%3, %4].</translation>
    </message>
    <message>
        <source>Significant regression.</source>
        <translation>유의한 회귀입니다.</translation>
    </message>
    <message>
        <source>Unpaired: %1 baseline, %2 candidate cases.</source>
        <translation>짝 없음: 기준 케이스 %1개, 후보 케이스 %2개.</translation>
    </message>
    <message>
        <source>Select a case to see both outputs.</source>
        <translation>두 출력을 모두 보려면 케이스를 선택하세요.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>행 %1: %2</translation>
    </message>
    <message>
        <source>Baseline (run %1): %2</source>
        <translation>기준(실행 %1): %2</translation>
    </message>
    <message>
        <source>Candidate (run %1): %2</source>
        <translation>후보(실행 %1): %2</translation>
    </message>
    <message>
        <source>McNemar %1 (%2 passed only in the baseline, %3 only in the candidate).</source>
        <translation>McNemar %1 (기준에서만 통과 %2개, 후보에서만 통과 %3개).</translation>
    </message>
</context>
<context>
    <name>lathe::RunDialog</name>
    <message>
        <source>Answer repeated requests from the response &amp;cache</source>
        <translation>반복되는 요청에 응답 캐시로 응답(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stream replies (measures time to first token)</source>
        <translation>응답 스트리밍(첫 토큰까지 시간 측정)(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xtra scorers for this run</source>
        <translation>이 실행의 추가 채점기(&amp;X)</translation>
    </message>
    <message>
        <source>New Run</source>
        <translation>새 실행</translation>
    </message>
    <message>
        <source>Send every case this many times, e.g. to measure how stable answers are</source>
        <translation>모든 케이스를 이 횟수만큼 보냅니다(예: 답변이 얼마나 안정적인지 측정)</translation>
    </message>
    <message>
        <source>Provider limits</source>
        <translation>공급자 제한</translation>
    </message>
    <message>
        <source>Calls in flight at once across the run</source>
        <translation>실행 전체에서 동시에 진행되는 호출 수</translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation>실행 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Columns: prompt versions × models</source>
        <translation>열: 프롬프트 버전 × 모델</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>데이터셋(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>Only rows &amp;tagged:</source>
        <translation>다음 태그가 있는 행만(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>반복(&amp;R):</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>실행 방식</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>동시 실행 수(&amp;O):</translation>
    </message>
    <message>
        <source>Scorers added to the dataset&apos;s default scorers and the rows&apos; own, for this run only</source>
        <translation>이 실행에만 데이터셋의 기본 채점기와 행 자체 채점기에 추가되는 채점기</translation>
    </message>
    <message>
        <source>No datasets; import one first</source>
        <translation>데이터셋이 없습니다. 먼저 가져오세요</translation>
    </message>
    <message numerus="yes">
        <source>v%1 (%n row(s))</source>
        <translation>
            <numerusform>v%1 (행 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>%1 prompt version(s) × %2 model(s) × %3 row(s) × %4 repeat(s) = &lt;b&gt;%5 cases&lt;/b&gt;</source>
        <translation>프롬프트 버전 %1개 × 모델 %2개 × 행 %3개 × 반복 %4회 = &lt;b&gt;케이스 %5개&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>%1 실행</translation>
    </message>
</context>
<context>
    <name>lathe::RunListModel</name>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>오류와 함께 완료됨</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패함</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>예정됨</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/초</translation>
    </message>
    <message>
        <source>Run %1, created %2</source>
        <translation>실행 %1, %2에 생성됨</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) have no price for their model</source>
        <translation>
            <numerusform>결과 %n개에 해당 모델의 가격이 없습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Tokens in + out</source>
        <translation>입력 + 출력 토큰</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
</context>
<context>
    <name>lathe::RunWorker</name>
    <message>
        <source>%1 is not a workspace of this version of Lathe; open it in Lathe first.</source>
        <translation>%1은(는) 이 버전의 Lathe 작업 공간이 아닙니다. 먼저 Lathe에서 여세요.</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>공급자 %1: %2</translation>
    </message>
    <message>
        <source>Dataset row %1 is missing.</source>
        <translation>데이터셋 행 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Results cannot be written to the workspace: %1</source>
        <translation>작업 공간에 결과를 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>lathe::RunsController</name>
    <message>
        <source>&amp;Providers…</source>
        <translation>공급자(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>새 실행(&amp;N)…</translation>
    </message>
    <message>
        <source>Configure the LLM endpoints runs can use</source>
        <translation>실행에서 사용할 수 있는 LLM 엔드포인트를 구성합니다</translation>
    </message>
    <message>
        <source>Run prompt versions against a dataset</source>
        <translation>데이터셋에 대해 프롬프트 버전을 실행합니다</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run %1 completed.</source>
        <translation>실행 %1이(가) 완료되었습니다.</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>실행 %1 %2.</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>실행이 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>A run is already executing.</source>
        <translation>이미 실행이 진행 중입니다.</translation>
    </message>
    <message>
        <source>Open a writable workspace first.</source>
        <translation>먼저 쓰기 가능한 작업 공간을 여세요.</translation>
    </message>
</context>
<context>
    <name>lathe::RunsDock</name>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>실행 중지(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Resume Run</source>
        <translation>실행 재개(&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Cases</source>
        <translation>실패한 케이스 재시도(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Run</source>
        <translation>실행 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Re-&amp;score With…</source>
        <translation>다른 채점기로 다시 채점(&amp;S)…</translation>
    </message>
    <message>
        <source>Stop sending; completed results are kept and the rest can be resumed</source>
        <translation>보내기를 중지합니다. 완료된 결과는 유지되며 나머지는 재개할 수 있습니다</translation>
    </message>
    <message>
        <source>Run the cases that have no result yet</source>
        <translation>아직 결과가 없는 케이스를 실행합니다</translation>
    </message>
    <message>
        <source>Run the cases without a result and those that failed again</source>
        <translation>결과가 없는 케이스와 실패한 케이스를 다시 실행합니다</translation>
    </message>
    <message>
        <source>Change the run&apos;s scorers and score its stored outputs again, without calling models</source>
        <translation>모델을 호출하지 않고 실행의 채점기를 변경하여 저장된 출력을 다시 채점합니다</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 (%4%)</source>
        <translation>실행 %1: %3개 중 %2개 (%4%)</translation>
    </message>
    <message>
        <source>, %1 per second</source>
        <translation>, 초당 %1개</translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, 오류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 failed: %2</source>
        <translation>실행 %1 실패: %2</translation>
    </message>
    <message>
        <source>Run %1 cancelled after %2 of %3 cases.</source>
        <translation>실행 %1이(가) 케이스 %3개 중 %2개 후 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 completed: %2 cases, %n error(s).</source>
        <translation>
            <numerusform>실행 %1 완료: 케이스 %2개, 오류 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lathe::RunsPage</name>
    <message>
        <source>Provider limits</source>
        <translation>공급자 제한</translation>
    </message>
    <message>
        <source>Calls in flight at once in a new run; the lowest value uses each provider&apos;s own limit</source>
        <translation>새 실행에서 동시에 진행되는 호출 수입니다. 가장 낮은 값은 각 공급자의 자체 제한을 사용합니다</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Longest time one call may take, streaming included</source>
        <translation>호출 하나에 걸릴 수 있는 최대 시간(스트리밍 포함)</translation>
    </message>
    <message>
        <source>Longest wait for a connection to the provider</source>
        <translation>공급자 연결을 기다리는 최대 시간</translation>
    </message>
    <message>
        <source>How often a call that failed for a temporary reason (rate limit, server error, timeout) is repeated</source>
        <translation>일시적인 이유(속도 제한, 서버 오류, 시간 초과)로 실패한 호출을 반복하는 횟수</translation>
    </message>
    <message>
        <source>Defaults for new runs and new providers. A provider&apos;s own settings (Providers page) take precedence.</source>
        <translation>새 실행과 새 공급자의 기본값입니다. 공급자 자체 설정(공급자 페이지)이 우선합니다.</translation>
    </message>
    <message>
        <source>&amp;Concurrent calls:</source>
        <translation>동시 호출 수(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>요청 시간 제한(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;onnect timeout:</source>
        <translation>연결 시간 제한(&amp;O):</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>재시도(&amp;E):</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Concurrent calls: enter a number from %1 to %2 (%1 uses the providers&apos; limits).</source>
        <translation>동시 호출 수: %1에서 %2 사이의 숫자를 입력하세요(%1이면 공급자의 제한 사용).</translation>
    </message>
    <message>
        <source>Request timeout: enter a number of seconds from %1 to %2.</source>
        <translation>요청 시간 제한: %1에서 %2 사이의 초 단위 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Connect timeout: enter a number of seconds from %1 to %2.</source>
        <translation>연결 시간 제한: %1에서 %2 사이의 초 단위 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Retries: enter a number from %1 to %2.</source>
        <translation>재시도: %1에서 %2 사이의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Connect timeout: %1 s is longer than the request timeout (%2 s); it must not be.</source>
        <translation>연결 시간 제한: %1초가 요청 시간 제한(%2초)보다 깁니다. 더 길면 안 됩니다.</translation>
    </message>
    <message>
        <source>The run defaults could not be stored.</source>
        <translation>실행 기본값을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::ScorerPanel</name>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Write the list as YAML or JSON; switching rewrites it</source>
        <translation>목록을 YAML 또는 JSON으로 작성하세요. 전환하면 다시 작성됩니다</translation>
    </message>
    <message>
        <source>Add Scorer</source>
        <translation>채점기 추가</translation>
    </message>
    <message>
        <source>promptfoo assert syntax: type (not- inverts), value, threshold, weight, metric, config</source>
        <translation>promptfoo assert 구문: type(not-은 반전), value, threshold, weight, metric, config</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>실행할 수 없음</translation>
    </message>
    <message>
        <source># No scorers yet. Add one with Add Scorer, or write a list such as:
# - type: icontains
#   value: paris
</source>
        <translation># 아직 채점기가 없습니다. 채점기 추가로 추가하거나 다음과 같은 목록을 작성하세요:
# - type: icontains
#   value: paris
</translation>
    </message>
    <message>
        <source>Fix the text before switching to %1.</source>
        <translation>%1(으)로 전환하기 전에 텍스트를 수정하세요.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>scorer %1</source>
        <translation>채점기 %1</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorer(s)</source>
        <translation>
            <numerusform>채점기 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cannot run</source>
        <translation>
            <numerusform>, 실행할 수 없음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, list threshold %1</source>
        <translation>, 목록 임계값 %1</translation>
    </message>
    <message>
        <source> · modified</source>
        <translation> · 수정됨</translation>
    </message>
</context>
<context>
    <name>lathe::ScorersDialog</name>
    <message>
        <source>Not saved: fix the problems listed first.</source>
        <translation>저장되지 않음: 먼저 나열된 문제를 해결하세요.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Unsaved Scorers</source>
        <translation>저장되지 않은 채점기</translation>
    </message>
    <message>
        <source>The scorer list has changes that are not saved.</source>
        <translation>채점기 목록에 저장되지 않은 변경 사항이 있습니다.</translation>
    </message>
</context>
<context>
    <name>lathe::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>lathe::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>동작 및 키 검색</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>lathe::SpellingIssuesModel</name>
    <message>
        <source>Fix</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>바꿀 단어</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>문맥</translation>
    </message>
    <message>
        <source>No suggestions; double-click to type one.</source>
        <translation>제안 없음. 직접 입력하려면 두 번 클릭하세요.</translation>
    </message>
    <message>
        <source>Suggestions: %1</source>
        <translation>제안: %1</translation>
    </message>
</context>
<context>
    <name>lathe::SpellingPage</name>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Dictionary:</source>
        <translation>사전:</translation>
    </message>
    <message numerus="yes">
        <source>Correct %n spelling(s)</source>
        <translation>
            <numerusform>맞춤법 %n개 수정</numerusform>
        </translation>
    </message>
    <message>
        <source>No spelling dictionary is installed (Sonnet found none).</source>
        <translation>설치된 맞춤법 사전이 없습니다(Sonnet이 찾지 못함).</translation>
    </message>
    <message>
        <source>Choose the columns to check.</source>
        <translation>검사할 열을 선택하세요.</translation>
    </message>
    <message>
        <source>No unknown words.</source>
        <translation>알 수 없는 단어가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown word(s); tick the ones to correct, double-click a replacement to change it. </source>
        <translation>
            <numerusform>알 수 없는 단어 %n개. 수정할 단어를 선택하고, 바꿀 단어를 변경하려면 두 번 클릭하세요. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) ticked.</source>
        <translation>
            <numerusform>수정 %n개 선택함.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>맞춤법</translation>
    </message>
</context>
<context>
    <name>lathe::SummaryLoader</name>
    <message>
        <source>There is no run %1 in this workspace.</source>
        <translation>이 작업 공간에 실행 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the results: %1</source>
        <translation>결과를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>lathe::SummaryTableModel</name>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Prompt version</source>
        <translation>프롬프트 버전</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응답함</translation>
    </message>
    <message>
        <source>Cases answered (ok or error) of the cases planned</source>
        <translation>계획된 케이스 중 응답한 케이스(정상 또는 오류)</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Passed cases over judged cases (an error counts as a fail), with the 95% Wilson interval</source>
        <translation>판정된 케이스 대비 통과한 케이스(오류는 실패로 계산)와 95% Wilson 구간</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Mean case score, with the 95% bootstrap interval</source>
        <translation>평균 케이스 점수와 95% 부트스트랩 구간</translation>
    </message>
    <message>
        <source>Mean of scorer %1, with the 95% bootstrap interval</source>
        <translation>채점기 %1의 평균과 95% 부트스트랩 구간</translation>
    </message>
    <message>
        <source>%1 over the column&apos;s outputs (0-100), with the 95% bootstrap interval</source>
        <translation>열 출력 전체에 대한 %1(0-100)과 95% 부트스트랩 구간</translation>
    </message>
    <message>
        <source>Latency p50 (ms)</source>
        <translation>지연 시간 p50 (ms)</translation>
    </message>
    <message>
        <source>Median latency of answered, uncached calls</source>
        <translation>캐시되지 않고 응답한 호출의 지연 시간 중앙값</translation>
    </message>
    <message>
        <source>Latency p90 (ms)</source>
        <translation>지연 시간 p90 (ms)</translation>
    </message>
    <message>
        <source>90th percentile latency of answered, uncached calls</source>
        <translation>캐시되지 않고 응답한 호출의 지연 시간 90번째 백분위수</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>Median time to the first token of streamed calls</source>
        <translation>스트리밍 호출의 첫 토큰까지 시간 중앙값</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>프롬프트 토큰</translation>
    </message>
    <message>
        <source>Sum of the prompt tokens providers reported</source>
        <translation>공급자가 보고한 프롬프트 토큰의 합계</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>완성 토큰</translation>
    </message>
    <message>
        <source>Sum of the completion tokens providers reported</source>
        <translation>공급자가 보고한 완성 토큰의 합계</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Sum of the known costs</source>
        <translation>알려진 비용의 합계</translation>
    </message>
    <message>
        <source>Cost / 1000</source>
        <translation>비용 / 1000</translation>
    </message>
    <message>
        <source>Cost per 1000 priced cases</source>
        <translation>가격이 있는 케이스 1000개당 비용</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Cases answered with an error</source>
        <translation>오류로 응답한 케이스</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Cases without a result yet</source>
        <translation>아직 결과가 없는 케이스</translation>
    </message>
    <message>
        <source>Best value in this column (higher is better)</source>
        <translation>이 열에서 가장 좋은 값(높을수록 좋음)</translation>
    </message>
    <message>
        <source>Best value in this column (lower is better)</source>
        <translation>이 열에서 가장 좋은 값(낮을수록 좋음)</translation>
    </message>
</context>
<context>
    <name>lathe::SummaryView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Copy as &amp;TSV</source>
        <translation>TSV로 복사(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown으로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all) as tab-separated values, for spreadsheets</source>
        <translation>선택한 행(또는 전체)을 스프레드시트용 탭 구분 값으로 복사합니다</translation>
    </message>
    <message>
        <source>Copy the table as Markdown, best values in bold, for issues and notes</source>
        <translation>표를 이슈와 메모용 Markdown으로 복사합니다(가장 좋은 값은 굵게 표시)</translation>
    </message>
    <message>
        <source>No run selected. Choose a run in the Runs panel and click Open to see its results.</source>
        <translation>선택한 실행이 없습니다. 결과를 보려면 실행 패널에서 실행을 선택하고 열기를 클릭하세요.</translation>
    </message>
</context>
<context>
    <name>lathe::TrendChart</name>
    <message>
        <source>The prompt whose runs the trend follows</source>
        <translation>추세에서 실행을 추적할 프롬프트</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>지표(&amp;M):</translation>
    </message>
    <message>
        <source>Could not read the runs: %1</source>
        <translation>실행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Pick a prompt to see how its runs compare over time.</source>
        <translation>실행이 시간에 따라 어떻게 달라지는지 보려면 프롬프트를 선택하세요.</translation>
    </message>
    <message>
        <source>Reading the runs of “%1”…</source>
        <translation>“%1”의 실행을 읽는 중…</translation>
    </message>
    <message>
        <source>“%1” has not been run yet. Start a run with Run &gt; New Run; each run adds a point here.</source>
        <translation>“%1”은(는) 아직 실행되지 않았습니다. 실행 &gt; 새 실행으로 실행을 시작하세요. 실행할 때마다 여기에 점이 추가됩니다.</translation>
    </message>
    <message>
        <source>Store prices for the models (lathe-cli run pricing) to follow the cost.</source>
        <translation>비용을 추적하려면 모델의 가격을 저장하세요(lathe-cli run pricing).</translation>
    </message>
    <message>
        <source>Add scorers to the dataset (Scorers… on its toolbar) and score the runs.</source>
        <translation>데이터셋에 채점기를 추가하고(도구 모음의 채점기…) 실행을 채점하세요.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n run(s) of “%1” has a %2 yet. %3</source>
        <translation>
            <numerusform>“%1”의 실행 %n개 중 아직 %2이(가) 있는 실행이 없습니다. %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lathe::WorkspaceController</name>
    <message>
        <source>Lathe workspaces (*.lathe);;All files (*)</source>
        <translation>Lathe 작업 공간 (*.lathe);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>작업 공간을 열 수 없음</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>읽기 전용으로 열림: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>작업 공간을 만들 수 없음</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 만듦</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>작업 공간을 저장할 수 없음</translation>
    </message>
    <message>
        <source>Saved as %1; you are now working in the copy.</source>
        <translation>%1(으)로 저장했습니다. 이제 사본에서 작업합니다.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>새 작업 공간</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>다른 이름으로 작업 공간 저장</translation>
    </message>
    <message>
        <source>Workspace closed</source>
        <translation>작업 공간 닫힘</translation>
    </message>
</context>
<context>
    <name>lathe::WorkspaceOverview</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Prompts&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;with %2 committed versions&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Datasets&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;with %4 rows&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Runs&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;with %6 results&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;프롬프트&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;커밋된 버전 %2개&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;데이터셋&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;행 %4개&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;실행&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;결과 %6개&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>This workspace is empty. Start by creating a prompt or importing a dataset (a CSV, JSON or JSONL file of test cases).</source>
        <translation>이 작업 공간은 비어 있습니다. 프롬프트를 만들거나 데이터셋(테스트 케이스가 담긴 CSV, JSON 또는 JSONL 파일)을 가져와 시작하세요.</translation>
    </message>
    <message>
        <source>Open a prompt, dataset or run from the Project tree on the left (double-click or Enter).</source>
        <translation>왼쪽 프로젝트 트리에서 프롬프트, 데이터셋 또는 실행을 여세요(두 번 클릭 또는 Enter).</translation>
    </message>
    <message>
        <source>The workspace is read-only (%1): you can look, but not change anything.</source>
        <translation>작업 공간이 읽기 전용입니다(%1). 볼 수는 있지만 아무것도 변경할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prompt engineering workbench</source>
        <translation>프롬프트 엔지니어링 작업대</translation>
    </message>
    <message>
        <source>A .lathe workspace to open.</source>
        <translation>열 .lathe 작업 공간</translation>
    </message>
</context>
</TS>
