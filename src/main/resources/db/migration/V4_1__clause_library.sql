-- 条項ライブラリ: the first edition of the portal's contract clauses, in the portal's own wording.
-- Chapter SECURITY is printed as 「情報セキュリティに関する特記事項」 (the contract items of the 総務省 guideline
-- plus clauses for cloud, on-site work, network segments, high confidentiality, integrity/availability and
-- two optional ones); chapter PERSONAL_INFORMATION as 「個人情報取扱特記事項」 (with the My Number clauses).
-- A body holds one paragraph (項) per line, unnumbered; the renderer numbers them and fills the placeholders
-- {{発注者}} {{受託者名}} {{契約番号}} {{契約件名}} {{担当課}} {{契約期間}} {{開始日}} {{終了日}} {{機密性}}.
-- Ids 1..34 lie below the sequences' start (100). Each evidence name occurs once in the whole library, so a
-- contract never gets two obligations of the same name on the same date.

INSERT INTO clause (id, code, chapter, category, sort_order, active, current_version_id, version) VALUES
 (1,  'SEC-01', 'SECURITY', 'GENERAL',                 10, TRUE, NULL, 0),
 (2,  'SEC-02', 'SECURITY', 'ORGANISATION',            20, TRUE, NULL, 0),
 (3,  'SEC-03', 'SECURITY', 'SERVICE_LEVEL',           30, TRUE, NULL, 0),
 (4,  'SEC-04', 'SECURITY', 'ACCESS',                  40, TRUE, NULL, 0),
 (5,  'SEC-05', 'SECURITY', 'EDUCATION',               50, TRUE, NULL, 0),
 (6,  'SEC-06', 'SECURITY', 'USE_LIMITS',              60, TRUE, NULL, 0),
 (7,  'SEC-07', 'SECURITY', 'CONFIDENTIALITY',         70, TRUE, NULL, 0),
 (8,  'SEC-08', 'SECURITY', 'SUBCONTRACTING',          80, TRUE, NULL, 0),
 (9,  'SEC-09', 'SECURITY', 'RETURN_DISPOSAL',         90, TRUE, NULL, 0),
 (10, 'SEC-10', 'SECURITY', 'REPORTING',              100, TRUE, NULL, 0),
 (11, 'SEC-11', 'SECURITY', 'AUDIT',                  110, TRUE, NULL, 0),
 (12, 'SEC-12', 'SECURITY', 'INCIDENT',               120, TRUE, NULL, 0),
 (13, 'SEC-13', 'SECURITY', 'CLOUD',                  130, TRUE, NULL, 0),
 (14, 'SEC-14', 'SECURITY', 'ON_SITE',                140, TRUE, NULL, 0),
 (15, 'SEC-15', 'SECURITY', 'NETWORK',                150, TRUE, NULL, 0),
 (16, 'SEC-16', 'SECURITY', 'HIGH_CONFIDENTIALITY',   160, TRUE, NULL, 0),
 (17, 'SEC-17', 'SECURITY', 'INTEGRITY_AVAILABILITY', 170, TRUE, NULL, 0),
 (18, 'SEC-18', 'SECURITY', 'GENERAL',                180, TRUE, NULL, 0),
 (19, 'SEC-19', 'SECURITY', 'GENERAL',                190, TRUE, NULL, 0),
 (20, 'SEC-20', 'SECURITY', 'REMEDIES',               200, TRUE, NULL, 0),
 (21, 'PI-01',  'PERSONAL_INFORMATION', 'PERSONAL_INFORMATION',  10, TRUE, NULL, 0),
 (22, 'PI-02',  'PERSONAL_INFORMATION', 'CONFIDENTIALITY',       20, TRUE, NULL, 0),
 (23, 'PI-03',  'PERSONAL_INFORMATION', 'PERSONAL_INFORMATION',  30, TRUE, NULL, 0),
 (24, 'PI-04',  'PERSONAL_INFORMATION', 'PERSONAL_INFORMATION',  40, TRUE, NULL, 0),
 (25, 'PI-05',  'PERSONAL_INFORMATION', 'USE_LIMITS',            50, TRUE, NULL, 0),
 (26, 'PI-06',  'PERSONAL_INFORMATION', 'PERSONAL_INFORMATION',  60, TRUE, NULL, 0),
 (27, 'PI-07',  'PERSONAL_INFORMATION', 'SUBCONTRACTING',        70, TRUE, NULL, 0),
 (28, 'PI-08',  'PERSONAL_INFORMATION', 'RETURN_DISPOSAL',       80, TRUE, NULL, 0),
 (29, 'PI-09',  'PERSONAL_INFORMATION', 'EDUCATION',             90, TRUE, NULL, 0),
 (30, 'PI-10',  'PERSONAL_INFORMATION', 'PERSONAL_INFORMATION', 100, TRUE, NULL, 0),
 (31, 'PI-11',  'PERSONAL_INFORMATION', 'AUDIT',                110, TRUE, NULL, 0),
 (32, 'PI-12',  'PERSONAL_INFORMATION', 'INCIDENT',             120, TRUE, NULL, 0),
 (33, 'MN-01',  'PERSONAL_INFORMATION', 'MY_NUMBER',            130, TRUE, NULL, 0),
 (34, 'MN-02',  'PERSONAL_INFORMATION', 'MY_NUMBER',            140, TRUE, NULL, 0);

-- 情報セキュリティに関する特記事項 ------------------------------------------------------------------------

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(1, 1, 1, '基本的事項',
'この情報セキュリティに関する特記事項（以下「本特記事項」という。）は、{{発注者}}（以下「発注者」という。）と{{受託者名}}（以下「受託者」という。）との間で締結する{{契約件名}}（契約番号：{{契約番号}}。以下「本契約」という。）に基づく業務（以下「本業務」という。）の実施に当たり、受託者が遵守すべき情報セキュリティに関する事項を定めるものである。
本特記事項において「発注者の情報」とは、本業務の実施のために発注者から提供を受け、又は受託者が本業務のために収集し、若しくは作成した情報（これを記録した文書、電磁的記録及び媒体を含む。）をいい、「従事者」とは、受託者の役員、従業員その他受託者の指揮監督の下で本業務に従事する者をいう。
受託者は、発注者の情報セキュリティポリシー（高知市情報セキュリティ基本方針及び情報セキュリティ対策基準をいう。）のうち本業務に関係する事項並びに発注者が別に示す情報セキュリティ実施手順を遵守し、発注者の情報を適正に取り扱わなければならない。
発注者は、情報セキュリティ対策基準及び情報セキュリティ実施手順のうち本業務の実施に必要な部分を受託者に示すものとする。受託者は、示された内容を本業務の目的以外に利用し、又は第三者に開示してはならない。
本特記事項に基づく報告、申請、協議その他の連絡は、発注者における本業務の担当課である{{担当課}}（以下「担当課」という。）に対して行うものとする。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(2, 2, 1, '責任者及び作業体制',
'受託者は、本業務における情報セキュリティの確保について責任を負う者（以下「情報管理責任者」という。）を選任し、従事者を指揮監督させなければならない。
受託者は、本業務の開始日（{{開始日}}）の14日前まで（本契約の締結がこれより後の場合は、締結後速やかに）に、情報管理責任者及び従事者の氏名、所属及び担当業務を記載した従事者名簿並びに情報の取扱方法、作業場所の安全管理、従事者への教育の計画及び事故発生時の連絡体制を記載した情報管理計画書を発注者に提出し、その確認を受けなければならない。
受託者は、本業務を行う場所（以下「作業場所」という。）を情報管理計画書に明示し、その場所以外において本業務を行ってはならない。
受託者は、情報管理責任者又は従事者を変更するときはあらかじめ発注者に書面で届け出なければならず、作業場所を変更するときはあらかじめ発注者の承諾を得なければならない。
受託者は、従事者の所属する事業者が受託者と異なるときは、その旨及び当該事業者の名称を従事者名簿に記載しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(3, 3, 1, 'サービスレベルの保証',
'受託者は、発注者と協議の上で定めるサービスレベル（稼働率、障害発生時の復旧時間、問合せへの応答時間その他の本業務の品質の水準をいう。以下同じ。）を、契約期間（{{契約期間}}）を通じて維持しなければならない。
受託者は、サービスレベルの達成状況を測定し、その結果を定期報告において発注者に報告しなければならない。
受託者は、サービスレベルを達成できないおそれがあるとき又は達成できなかったときは、直ちに発注者に報告し、その原因及び改善策を書面で提出しなければならない。
発注者は、受託者がサービスレベルを達成しなかったときは、受託者に対し改善を求めることができる。この場合において、受託者は、速やかに改善策を実施し、その結果を発注者に報告しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(4, 4, 1, '情報の取扱範囲及びアクセス方法',
'受託者が取り扱うことができる発注者の情報の種類及び範囲は、本業務の遂行に必要な最小限のものとし、発注者が情報管理計画書の確認その他の方法により指定するところによる。
本業務において受託者が取り扱う発注者の情報の機密性の分類は、{{機密性}}とする。受託者は、当該分類に応じ、発注者が定める取扱いの基準に従わなければならない。
受託者は、発注者が許可した方法、機器及び通信経路によってのみ、発注者の情報及び発注者の情報システムにアクセスしなければならない。
受託者は、発注者の情報にアクセスすることができる従事者を必要最小限の者に限り、従事者ごとに識別符号を付与しなければならない。共用の識別符号を使用させてはならない。
受託者は、発注者の情報へのアクセスの記録を取得して改ざんを防止する措置を講じた上で保存し、発注者の求めに応じて提出しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(5, 5, 1, '従事者への教育',
'受託者は、従事者に対し、本業務に従事させる前及び少なくとも1年に1回、情報セキュリティ及び本特記事項の内容に関する教育を実施しなければならない。
受託者は、教育の実施日、内容及び受講者を記録した情報セキュリティ教育実施記録を作成し、少なくとも1年に1回、発注者に提出しなければならない。
受託者は、前項の教育を受けていない者を本業務に従事させてはならない。
受託者は、発注者が情報セキュリティに関する研修又は説明会への参加を求めたときは、従事者をこれに参加させなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(6, 6, 1, '目的外利用及び第三者提供の禁止',
'受託者は、発注者の情報を本業務の目的以外の目的のために利用してはならない。
受託者は、発注者の書面による承諾を得た場合を除き、発注者の情報を第三者に提供し、又は閲覧させてはならない。
受託者は、発注者の情報を用いて、本業務と関係のない分析、加工その他の処理（人工知能の学習のための利用を含む。）を行ってはならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(7, 7, 1, '秘密の保持',
'受託者は、本業務の実施に当たり知り得た情報を他に漏らしてはならない。本契約が終了し、又は解除された後においても、同様とする。
受託者は、従事者が在職中及び退職後においても本業務に関して知り得た情報を他に漏らすことのないよう、秘密の保持に関する誓約書を徴する等必要な措置を講じなければならない。
法令の規定により発注者の情報の開示を求められたときは、受託者は、あらかじめ発注者と協議し、開示の範囲を必要最小限にとどめなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(8, 8, 1, '再委託の制限',
'受託者は、本業務の全部又は主要な部分を第三者に委託し、又は請け負わせてはならない。
受託者は、本業務の一部を第三者に委託（再委託を受けた者が更に委託する場合を含む。以下「再委託」という。）しようとするときは、あらかじめ、再委託先の名称、再委託する業務の範囲、再委託先が取り扱う情報の範囲、再委託の必要性及び再委託先における情報セキュリティ対策の内容を書面で発注者に申請し、その承諾を得なければならない。
受託者は、再委託をするときは、本特記事項により受託者が負う義務と同等の義務を再委託先に負わせなければならない。再委託先の行為は、発注者に対する関係においては受託者の行為とみなす。
受託者は、再委託先における情報の管理状況を少なくとも1年に1回確認し、その結果を再委託先の管理状況報告として発注者に提出しなければならない。再委託をしていないときは、その旨を報告するものとする。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(9, 9, 1, '情報資産の返還及び廃棄',
'受託者は、本業務が終了したとき（本契約が解除されたときを含む。）は、発注者から提供を受けた資料及び媒体を直ちに発注者に返還しなければならない。
受託者は、本業務のために作成し、又は複製した発注者の情報を、本業務の終了後、復元することができない方法により消去し、又は廃棄しなければならない。受託者が管理する機器、媒体、クラウドサービス上の領域及びバックアップに記録されたものについても、同様とする。
受託者は、前項の消去又は廃棄を行ったときは、その日時、方法、対象及び実施者を記載した削除証明書を、本業務の終了日（{{終了日}}）から30日以内に発注者に提出しなければならない。
発注者は、必要があると認めるときは、消去若しくは廃棄に立ち会い、又はその状況を確認することができる。
受託者は、次期の受託者への引継ぎその他の理由により発注者が返還、消去又は廃棄の方法について別に指示したときは、その指示に従わなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(10, 10, 1, '定期報告及び事故報告',
'受託者は、本特記事項の遵守状況及び発注者の情報の管理状況を記載した定期報告書を3か月ごとに作成し、発注者に提出しなければならない。
受託者は、情報セキュリティに関する事故（発注者の情報の漏えい、滅失、き損若しくは改ざん、不正アクセス、不正プログラムへの感染その他本特記事項に違反する事態をいう。以下「事故」という。）が発生し、又は発生したおそれがあることを知ったときは、直ちに担当課（{{担当課}}）に報告し、発注者の指示に従わなければならない。
受託者は、前項の報告の後速やかに、事故の発生日時、内容、原因、影響の範囲、講じた措置及び再発防止策を書面で発注者に報告しなければならない。
受託者は、事故の原因の究明、被害の拡大の防止及び復旧のために必要な措置を、発注者の指示に従い直ちに講じなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(11, 11, 1, '監査及び検査',
'発注者は、本特記事項の遵守状況を確認するため必要があると認めるときは、受託者及び再委託先の作業場所その他の関係する場所に立ち入って監査若しくは検査を行い、又は関係資料の提出若しくは説明を求めることができる。受託者は、正当な理由なくこれを拒んではならない。
発注者は、前項の監査又は検査を、発注者が指定する第三者に行わせることができる。
受託者は、監査又は検査の結果に基づき発注者から改善を求められたときは、速やかに改善策を策定して実施し、その結果を発注者に報告しなければならない。
受託者は、情報セキュリティに関する第三者認証の取得、更新、失効その他の変更があったときは、速やかに発注者に届け出なければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(12, 12, 1, '事故発生時の公表',
'発注者は、本業務に関して情報セキュリティに関する事故が発生した場合において、住民への影響その他の事情を考慮して必要があると認めるときは、事故の内容、受託者の名称及び講じた措置を公表することができる。
受託者は、発注者が行う公表、住民等への説明及び関係機関への報告に協力しなければならない。
受託者は、発注者の承諾を得ずに、事故に関する情報を公表してはならない。ただし、法令に基づく報告又は届出については、この限りでない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(13, 13, 1, 'クラウドサービスの利用',
'受託者は、本業務においてクラウドサービス（事業者がインターネットその他の通信回線を通じて提供する情報処理のサービスをいう。以下同じ。）を利用するときは、あらかじめ、サービスの名称、提供事業者、保存する情報の種類及びデータの保存場所を発注者に届け出て、その承諾を得なければならない。
受託者は、発注者の情報を保存し、又は処理するクラウドサービスについては、データの保存場所（バックアップの保存場所を含む。）が日本国内に限られ、かつ、利用契約の準拠法が日本法、管轄裁判所が日本国内の裁判所であるものを利用しなければならない。
受託者は、政府情報システムのためのセキュリティ評価制度（ISMAP）のクラウドサービスリストに登録されたサービス又はこれと同等以上の情報セキュリティの水準にあると発注者が認めるサービスを利用しなければならない。
受託者は、本業務の開始日（{{開始日}}）の14日前までに、利用するクラウドサービスの認証状況（ISMAPへの登録状況、認証の有効期限等）を示す書類を発注者に提出しなければならない。登録又は認証が失効し、又は失効するおそれがあるときは、直ちに発注者に報告しなければならない。
受託者は、発注者の承諾を得た場合を除き、約款による外部サービス（利用者が個別に利用条件を定めることのできないサービスをいう。）に機密性2以上の発注者の情報を保存してはならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(14, 14, 1, '庁舎内での作業',
'受託者は、発注者の庁舎内で本業務を行うときは、発注者が指定する場所及び時間において作業を行い、従事者に発注者が交付する入館証等を常に着用させなければならない。
受託者は、発注者が管理する区域に入退室するときは、発注者の定める手続に従い、入退室の記録を行わなければならない。
受託者は、パソコン、記録媒体その他の機器（以下「持込機器」という。）を庁舎内に持ち込むときは、あらかじめ発注者の許可を得なければならない。持込機器は、不正プログラム対策を講じたものに限り、発注者の許可なく庁内ネットワークに接続してはならない。
受託者は、発注者の許可なく、発注者の情報を記録した書類、媒体及び持込機器を庁舎外に持ち出してはならない。
受託者は、作業を終えるときは、持込機器及び作業を行った場所に発注者の情報が残されていないことを確認しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(15, 15, 1, 'ネットワークへの接続',
'受託者は、発注者の庁内ネットワークに接続して本業務を行うときは、マイナンバー利用事務系、LGWAN接続系及びインターネット接続系の区分に従い、発注者が許可した系統、機器及び通信経路に限り接続しなければならない。
受託者は、マイナンバー利用事務系に接続する機器を、他の系統又は外部のネットワークに接続してはならない。マイナンバー利用事務系の端末については、情報を持ち出すことのできない設定を維持し、多要素認証により利用しなければならない。
受託者は、LGWAN接続系とインターネット接続系との間で情報を受け渡すときは、発注者が定める無害化通信その他の安全な方法によらなければならない。
受託者は、遠隔保守その他の外部からの接続を行うときは、あらかじめ発注者の承諾を得て、接続元、時間帯及び方法を限定し、接続の記録を発注者の求めに応じて提出しなければならない。
受託者は、系統間の分離を損なうおそれのある設定の変更又は機器の接続を行ってはならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(16, 16, 1, '機密性の高い情報の取扱い',
'受託者は、本業務において取り扱う発注者の情報（機密性の分類：{{機密性}}）について、本特記事項の他の定めによるほか、この条に定める措置を講じなければならない。
受託者は、発注者の情報を記録媒体に保存し、又は通信により送受信するときは、発注者が認める方式により暗号化しなければならない。暗号鍵は、暗号化した情報とは別に管理しなければならない。
受託者は、発注者の許可を得た場合を除き、発注者の情報を作業場所の外に持ち出してはならない。許可を得て持ち出すときは、施錠できる容器への収納その他の措置を講じ、持ち出し及び返却の記録を作成しなければならない。
受託者は、発注者の情報を取り扱う端末について、私物の機器の使用を禁止し、多要素認証、画面の自動ロックその他の不正な利用を防止する措置を講じなければならない。
受託者は、発注者の情報の印刷、複写及び電子メールによる送信を必要最小限とし、その記録を作成しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(17, 17, 1, '完全性及び可用性の確保',
'受託者は、発注者の情報の改ざん、誤入力、消失等を防止するため、入力内容の確認、変更履歴の記録その他の必要な措置を講じなければならない。
受託者は、発注者の情報及び本業務に用いる情報システムについて、発注者と協議して定める頻度及び世代数によりバックアップを取得し、主たる保管場所と離れた場所に安全に保管しなければならない。
受託者は、障害、災害その他の事由により本業務の継続が困難となる場合に備え、復旧の手順及び目標時間を定めた復旧計画書を本業務の開始前に発注者に提出するとともに、少なくとも1年に1回、バックアップからの復旧を確認しなければならない。
受託者は、本業務に用いる情報システムに障害が発生したときは、直ちに発注者に報告し、復旧計画書に基づき速やかに復旧を図らなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(18, 18, 1, '著作権等の取扱い',
'本業務により作成された成果物（以下「成果物」という。）の著作権（著作権法（昭和45年法律第48号）第27条及び第28条に規定する権利を含む。）は、成果物の引渡しの時に受託者から発注者に移転するものとする。ただし、受託者が従前から保有していた著作物の著作権は、受託者に留保する。
発注者は、受託者に留保された著作物を、成果物の利用に必要な範囲で無償で利用することができる。
受託者は、発注者及び発注者から正当に権利を取得した第三者に対し、成果物に係る著作者人格権を行使しないものとする。
受託者は、成果物が第三者の著作権その他の権利を侵害していないことを保証し、第三者との間で紛争が生じたときは、受託者の責任と負担においてこれを処理しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(19, 19, 1, '成果物の検査',
'受託者は、成果物を納入するときは、成果物が情報セキュリティに関する要件を満たしていることを確認した結果（脆弱性診断の結果その他発注者が求める資料を含む。）を併せて提出しなければならない。
発注者は、成果物が情報セキュリティに関する要件を満たしているかどうかを検査することができる。
受託者は、前項の検査の結果、要件を満たしていないと発注者が認めたときは、発注者が指定する期間内に、受託者の負担において修補しなければならない。
受託者は、成果物に不正なプログラム及び発注者が意図しない機能が含まれていないことを確認し、既知の脆弱性に対する修正を適時に適用しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(20, 20, 1, '違反時の措置',
'発注者は、受託者が本特記事項に違反していると認めるときは、受託者に対し、期限を定めて是正を求めることができる。受託者は、速やかにこれに応じ、その結果を発注者に報告しなければならない。
発注者は、受託者が本特記事項に違反し、前項の是正に応じないとき、又は違反の程度が重大であると認めるときは、本契約の全部又は一部を解除することができる。
受託者は、本特記事項に違反したことにより発注者又は第三者に損害を与えたときは、その損害を賠償しなければならない。再委託先の行為により損害を与えたときも、同様とする。
前項の規定による解除により受託者に損害が生じても、発注者は、その賠償の責めを負わない。
発注者は、受託者が本特記事項に違反したときは、別に定めるところにより、指名停止その他の措置を講じることができる。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

-- 個人情報取扱特記事項 -------------------------------------------------------------------------------------

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(21, 21, 1, '基本的事項',
'この個人情報取扱特記事項（以下「本特記事項」という。）は、{{発注者}}（以下「発注者」という。）が{{受託者名}}（以下「受託者」という。）に委託する{{契約件名}}（契約番号：{{契約番号}}。以下「本業務」という。）における個人情報の取扱いについて、受託者が遵守すべき事項を定めるものである。
本特記事項において「個人情報」とは、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）第2条第1項に規定する個人情報であって、本業務の実施のために発注者から提供を受け、又は受託者が本業務のために収集し、若しくは作成したものをいい、「従事者」とは、受託者の指揮監督の下で本業務に従事する者をいう。
受託者は、個人情報の保護の重要性を認識し、本業務の実施に当たっては、法その他の関係法令及び本特記事項を遵守し、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。
本特記事項は、契約期間（{{契約期間}}）が満了した後も、受託者が個人情報を保有する間は、その効力を有する。
本特記事項に基づく報告、申出、協議その他の連絡は、発注者における本業務の担当課である{{担当課}}に対して行うものとする。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(22, 22, 1, '秘密の保持',
'受託者は、本業務に関して知り得た個人情報の内容をみだりに他人に知らせ、又は不当な目的に使用してはならない。本契約が終了し、又は解除された後においても、同様とする。
受託者は、従事者又は従事者であった者が、本業務に関して知り得た個人情報の内容をみだりに他人に知らせ、又は不当な目的に使用することのないよう、必要な措置を講じなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(23, 23, 1, '収集の制限',
'受託者は、本業務のために個人情報を収集するときは、本業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。
受託者は、本人から直接個人情報を収集するときは、あらかじめ本人に対し、その利用目的を明示しなければならない。
受託者は、発注者の指示がある場合を除き、本人以外の者から個人情報を収集してはならない。
受託者は、要配慮個人情報（法第2条第3項に規定する要配慮個人情報をいう。）を収集するときは、あらかじめ発注者の承諾を得なければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(24, 24, 1, '適正管理',
'受託者は、個人情報の漏えい、滅失及びき損の防止その他の個人情報の適正な管理のために必要な措置を講じなければならない。
受託者は、個人情報の管理について責任を負う者を定め、その者の氏名並びに個人情報を取り扱う従事者、取扱場所及び管理方法を、あらかじめ書面で発注者に届け出なければならない。これらを変更するときも、同様とする。
受託者は、個人情報が記録された書類等を施錠できる保管庫に保管し、電磁的記録についてはアクセス制御、暗号化その他の技術的な措置を講じる等、個人情報の種類及び取扱方法に応じた安全管理措置を講じなければならない。
受託者は、個人情報の受渡し、利用、保管及び廃棄の状況を記録した管理簿を作成し、発注者の求めに応じて提示しなければならない。
受託者は、本業務の目的の範囲内で、個人情報を正確かつ最新の内容に保つよう努めなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(25, 25, 1, '利用及び提供の制限',
'受託者は、発注者の指示又は承諾がある場合を除き、個人情報を本業務の目的以外の目的のために利用し、又は第三者に提供してはならない。
受託者は、発注者の承諾を得た場合を除き、個人情報を他の情報と照合し、又は結合することにより、本人を識別し、又は新たな個人情報を作成してはならない。
受託者は、個人情報を匿名加工、統計の作成その他の方法により加工した情報についても、本業務以外の目的に利用し、又は第三者に提供してはならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(26, 26, 1, '複写又は複製の禁止',
'受託者は、発注者の承諾を得た場合を除き、発注者から提供を受けた個人情報が記録された資料等を複写し、又は複製してはならない。
情報システムの運用上必要なバックアップの取得であって、その方法及び保管場所をあらかじめ発注者に届け出たものは、前項の承諾を得たものとみなす。
受託者は、複写し、又は複製したときは、その数量、保管場所及び廃棄の状況を記録し、本業務の終了後、原本とともに返還し、又は確実に廃棄しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(27, 27, 1, '再委託の禁止',
'受託者は、個人情報の取扱いを自ら行うものとし、発注者の書面による承諾を得た場合を除き、第三者（受託者の子会社を含む。）に委託してはならない。
受託者は、前項の承諾を求めるときは、再委託先の名称及び所在地、再委託する業務の内容、再委託先が取り扱う個人情報の範囲並びに再委託先における安全管理措置の内容を、あらかじめ書面で発注者に申し出なければならない。
受託者は、承諾を得て再委託をするときは、本特記事項に定める受託者の義務と同等の義務を再委託先に負わせ、再委託先における個人情報の取扱状況を監督しなければならない。再委託先が更に委託する場合も、同様とする。
再委託先の個人情報の取扱いは、発注者に対する関係においては受託者の行為とみなす。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(28, 28, 1, '資料等の返還等',
'受託者は、発注者から提供を受け、又は受託者が本業務のために収集し、若しくは作成した個人情報が記録された資料等を、本業務の終了後直ちに発注者に返還し、又は引き渡さなければならない。ただし、発注者が別に指示したときは、その指示に従うものとする。
受託者は、発注者の指示により個人情報を消去し、又は廃棄するときは、電磁的記録については復元又は判読ができない方法により消去し、紙媒体については裁断、溶解等の方法により廃棄しなければならない。
受託者は、前項の消去又は廃棄を行ったときは、その日時、方法及び対象を記載した書面により、発注者に報告しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(29, 29, 1, '従事者への周知',
'受託者は、従事者に対し、在職中及び退職後においても本業務に関して知り得た個人情報の内容をみだりに他人に知らせ、又は不当な目的に使用してはならないこと、法第67条の規定により従事者にもこの義務が課されていること並びにこれに違反したときは法に定める罰則が適用される場合があることを周知しなければならない。
受託者は、従事者に対し、個人情報の適正な取扱いに関する研修を本業務に従事させる前及び定期的に行わなければならない。
受託者は、従事者から個人情報の保護に関する誓約書を徴し、発注者の求めに応じて提示しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(30, 30, 1, '持ち出しの禁止',
'受託者は、発注者の承諾を得た場合を除き、個人情報が記録された資料等を、発注者が指定し、又は承諾した作業場所の外へ持ち出してはならない。
受託者は、承諾を得て個人情報を持ち出すときは、暗号化、施錠できる容器への収納その他の漏えい等を防止する措置を講じ、持ち出しの日時、内容、担当者及び返却の状況を記録しなければならない。
受託者は、私物のパソコン、記録媒体その他の機器に個人情報を記録し、又はこれらの機器により個人情報を処理してはならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(31, 31, 1, '実地検査',
'発注者は、必要があると認めるときは、受託者が個人情報を取り扱う場所において個人情報の管理の状況を実地に検査し、又は受託者に対し必要な報告若しくは資料の提出を求めることができる。受託者は、これを拒み、妨げ、又は忌避してはならない。
発注者は、前項の検査の結果、必要があると認めるときは、受託者に対し、個人情報の取扱いについて必要な指示をすることができる。受託者は、その指示に従わなければならない。
前二項の規定は、再委託先について準用する。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(32, 32, 1, '事故発生時の報告',
'受託者は、本特記事項に違反する事態が生じ、又は個人情報の漏えい、滅失、き損その他の事故が発生し、若しくは発生したおそれがあることを知ったときは、直ちに発注者に報告し、発注者の指示に従わなければならない。
受託者は、前項の報告の後速やかに、事故の発生日時、対象となった個人情報の項目及び本人の数、発生の経緯、被害の状況、講じた措置並びに再発防止策を書面で発注者に報告しなければならない。
受託者は、発注者が法第68条の規定により個人情報保護委員会への報告又は本人への通知を行うときは、必要な情報の提供その他の協力をしなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(33, 33, 1, '特定個人情報の取扱い',
'受託者は、本業務において特定個人情報（行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号。以下「番号法」という。）第2条第8項に規定する特定個人情報をいう。以下同じ。）を取り扱うときは、番号法、個人情報保護委員会が定める特定個人情報の適正な取扱いに関するガイドライン及び本特記事項を遵守しなければならない。
受託者は、特定個人情報を本業務の遂行に必要な範囲に限り取り扱うものとし、番号法で認められた場合を除き、特定個人情報ファイルを作成してはならない。
受託者は、特定個人情報を取り扱う従事者及び取扱区域を明確にし、取扱区域への入退室の管理、特定個人情報を取り扱う端末の利用者の限定その他の物理的及び技術的な安全管理措置を講じなければならない。
発注者は、番号法第11条の規定に基づき、受託者（再委託先を含む。）における特定個人情報の安全管理措置の実施状況について必要かつ適切な監督を行う。受託者は、発注者が行う報告の求め、実地の調査その他の監督に協力しなければならない。
受託者は、特定個人情報の取扱者、取扱件数、安全管理措置の実施状況及び事故の有無を記載した特定個人情報の取扱状況報告を3か月ごとに作成し、発注者に提出しなければならない。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

INSERT INTO clause_version (id, clause_id, version_no, title, body, change_note, created_at, created_by, version) VALUES
(34, 34, 1, '特定個人情報の再委託',
'受託者は、番号法第10条第1項の規定により、発注者の許諾を得た場合に限り、特定個人情報を取り扱う事務の全部又は一部を再委託することができる。
受託者は、前項の許諾を求めるときは、再委託先の名称及び所在地、再委託する事務の範囲、再委託先における安全管理措置の内容並びに再委託先の設備、技術水準及び従業者に対する監督及び教育の状況を、あらかじめ書面で発注者に示さなければならない。
再委託を受けた者は、番号法第10条第2項の規定により委託を受けた者とみなされることから、受託者は、番号法及び本特記事項により受託者が負う義務と同等の義務を再委託先に負わせ、その遵守状況を監督しなければならない。
再委託先が更に委託するときも発注者の許諾を要するものとし、その場合には前各項の規定を準用する。',
'初版', TIMESTAMP WITH TIME ZONE '2026-04-01 00:00:00+09:00', 'system', 0);

UPDATE clause SET current_version_id = id WHERE id BETWEEN 1 AND 34;

-- Evidence: BEFORE_START offset = days before the start, CADENCE every cadence_months, AT_END offset = days
-- after the end.
INSERT INTO clause_evidence (clause_version_id, position, evidence_name, timing, cadence_months, offset_days) VALUES
 (2,  0, '情報管理計画書',                     'BEFORE_START', NULL, 14),
 (2,  1, '従事者名簿',                         'BEFORE_START', NULL, 14),
 (5,  0, '情報セキュリティ教育実施記録',       'CADENCE',        12,  0),
 (8,  0, '再委託先の管理状況報告',             'CADENCE',        12,  0),
 (9,  0, '削除証明書',                         'AT_END',       NULL, 30),
 (10, 0, '定期報告書',                         'CADENCE',         3,  0),
 (13, 0, 'クラウドサービスの認証状況（ISMAP等）', 'BEFORE_START', NULL, 14),
 (17, 0, '復旧計画書',                         'BEFORE_START', NULL, 14),
 (33, 0, '特定個人情報の取扱状況報告',         'CADENCE',         3,  0);

-- When a clause is mandatory: each row is a conjunction, any row suffices, a row with nothing set always
-- holds, no row at all makes the clause optional (SEC-18 著作権等の取扱い, SEC-19 成果物の検査).
INSERT INTO clause_rule (clause_id, position, min_confidentiality, personal_info, my_number, cloud_service,
                         on_site_work, subcontracting, segment, min_integrity, min_availability) VALUES
 -- SECURITY: always
 (1,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (2,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (4,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (5,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (6,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (7,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (8,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (9,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (10, 0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (11, 0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (20, 0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 -- SECURITY: conditional
 (3,  0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, 2),
 (12, 0, '2',  FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (13, 0, NULL, FALSE, FALSE, TRUE,  FALSE, FALSE, NULL, NULL, NULL),
 (14, 0, NULL, FALSE, FALSE, FALSE, TRUE,  FALSE, NULL, NULL, NULL),
 (15, 0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, 'MY_NUMBER_USE', NULL, NULL),
 (15, 1, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, 'LGWAN', NULL, NULL),
 (16, 0, '3B', FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (17, 0, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, 2, NULL),
 (17, 1, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, NULL, 2),
 -- PERSONAL_INFORMATION: personal information handled, or My Number handled (which is personal information)
 (21, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (21, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (22, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (22, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (23, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (23, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (24, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (24, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (25, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (25, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (26, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (26, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (27, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (27, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (28, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (28, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (29, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (29, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (30, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (30, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (31, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (31, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (32, 0, NULL, TRUE,  FALSE, FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (32, 1, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 -- My Number: My Number handled, or work in the マイナンバー利用事務系 segment
 (33, 0, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (33, 1, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, 'MY_NUMBER_USE', NULL, NULL),
 (34, 0, NULL, FALSE, TRUE,  FALSE, FALSE, FALSE, NULL, NULL, NULL),
 (34, 1, NULL, FALSE, FALSE, FALSE, FALSE, FALSE, 'MY_NUMBER_USE', NULL, NULL);
