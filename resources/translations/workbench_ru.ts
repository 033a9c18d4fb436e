<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AddPartnerDialog</name>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="43" />
      <source>Add Partner</source>
      <translation>Новый партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="46" />
      <source>e.g. ООО «Альфа Интеграция»</source>
      <translation>например, ООО «Альфа Интеграция»</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="48" />
      <source>— no segment —</source>
      <translation>— без сегмента —</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="57" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
  </context>
  <context>
    <name>AnswersModel</name>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="214" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="215" />
      <source>As written</source>
      <translation>Как написано</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="216" />
      <source>Matched to</source>
      <translation>Сопоставлено с</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="217" />
      <source>Rating</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="218" />
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="304" />
      <source>not in the project</source>
      <translation>нет в проекте</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="308" />
      <source>pain/gain: %1</source>
      <translation>боль/выгода: %1</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="107" />
      <source>History of %1 “%2”</source>
      <translation>История: %1 «%2»</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="116" />
      <source>Filter by person or text</source>
      <translation>Фильтр по человеку или тексту</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="117" />
      <source>Filter history</source>
      <translation>Фильтр истории</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="131" />
      <source>No recorded changes yet. Every save of this record by anyone in the team will be listed here: who, when, and what it was before and after.</source>
      <translation>Изменений пока нет. Здесь будет каждое сохранение этой записи любым участником команды: кто, когда, что было до и что стало после.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="178" />
      <source>History…</source>
      <translation>История…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="179" />
      <source>Who changed this record, when, from what to what</source>
      <translation>Кто менял эту запись, когда, что было и что стало</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="190" />
      <source>Select a record to see its history.</source>
      <translation>Выберите запись, чтобы увидеть её историю.</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="59" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="59" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="59" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="59" />
      <source>What changed</source>
      <translation>Что изменилось</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="63" />
      <source>edited</source>
      <translation>изменил(а)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="63" />
      <source>created</source>
      <translation>создал(а)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="63" />
      <source>deleted</source>
      <translation>удалил(а)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="64" />
      <source>saved as a copy</source>
      <translation>сохранил(а) копией</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="64" />
      <source>restored</source>
      <translation>вернул(а)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="64" />
      <source>moved</source>
      <translation>переместил(а)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="65" />
      <source>merged</source>
      <translation>объединил(а)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="65" />
      <source>merge undone</source>
      <translation>отменил(а) объединение</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="65" />
      <source>split</source>
      <translation>разделил(а)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="66" />
      <source>reordered</source>
      <translation>изменил(а) порядок</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="66" />
      <source>evidence added</source>
      <translation>добавил(а) свидетельства</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="67" />
      <source>evidence removed</source>
      <translation>убрал(а) свидетельства</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="67" />
      <source>fit links changed</source>
      <translation>изменил(а) связи соответствия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="68" />
      <source>cards linked</source>
      <translation>связал(а) карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="73" />
      <source>copy of #%1</source>
      <translation>копия №%1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="75" />
      <source>deleted (was version %1)</source>
      <translation>удалено (была версия %1)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="77" />
      <source>put back by undo</source>
      <translation>возвращено отменой</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/audit.py" line="79" />
      <source>cards %1</source>
      <translation>карточки %1</translation>
    </message>
  </context>
  <context>
    <name>AutoBackup</name>
    <message>
      <location filename="../../workbench/ui/autobackup.py" line="96" />
      <source>Automatic backup failed: %1</source>
      <extracomment>emitted with the new backup's path after a periodic backup</extracomment>
      <translation>Автоматическая резервная копия не сделана: %1</translation>
    </message>
  </context>
  <context>
    <name>BacklogLabels</name>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="10" />
      <source>New</source>
      <translation>Новый</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="11" />
      <source>Triaged</source>
      <translation>Разобран</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="12" />
      <source>Planned</source>
      <translation>Запланирован</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="13" />
      <source>In progress</source>
      <translation>В работе</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="14" />
      <source>Released</source>
      <translation>Выпущен</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="15" />
      <source>Rejected</source>
      <translation>Отклонён</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="18" />
      <source>Financial motivation</source>
      <translation>Финансовая мотивация</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="19" />
      <source>Operational service</source>
      <translation>Операционный сервис</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="20" />
      <source>Product development</source>
      <translation>Развитие продукта</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="23" />
      <source>Have</source>
      <translation>Есть</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="24" />
      <source>Partial</source>
      <translation>Частично</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="25" />
      <source>Missing</source>
      <translation>Нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="28" />
      <source>Reach</source>
      <translation>Охват</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="29" />
      <source>Impact</source>
      <translation>Влияние</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="30" />
      <source>Confidence</source>
      <translation>Уверенность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="31" />
      <source>Effort</source>
      <translation>Усилия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="32" />
      <source>Business value</source>
      <translation>Ценность для бизнеса</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="33" />
      <source>Time criticality</source>
      <translation>Срочность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="34" />
      <source>Risk reduction</source>
      <translation>Снижение риска</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="35" />
      <source>Job size</source>
      <translation>Размер работы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="38" />
      <source>partners citing it</source>
      <translation>партнёров упоминают</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="39" />
      <source>weighted by profile score</source>
      <translation>с весом по профилю</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="40" />
      <source>mean severity (1–3)</source>
      <translation>средняя острота (1–3)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="41" />
      <source>mean survey rating (1–5)</source>
      <translation>средняя оценка в опросе (1–5)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="42" />
      <source>survey answers</source>
      <translation>ответов в опросах</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="43" />
      <source>statements</source>
      <translation>высказываний</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="44" />
      <source>recency (1 = said today)</source>
      <translation>свежесть (1 = сказано сегодня)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="45" />
      <source>partners interviewed</source>
      <translation>партнёров опрошено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="48" />
      <source>capability missing</source>
      <translation>возможности нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="49" />
      <source>capability partial</source>
      <translation>возможность есть частично</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/labels.py" line="50" />
      <source>no capability found</source>
      <translation>возможность не найдена</translation>
    </message>
  </context>
  <context>
    <name>BacklogLists</name>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="72" />
      <source>unknown partner</source>
      <translation>партнёр неизвестен</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="75" />
      <source>Card: %1</source>
      <translation>Карточка: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="184" />
      <source>items: %n</source>
      <translation>пунктов: %n</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="207" />
      <source>answers: %n</source>
      <translation>ответов: %n</translation>
    </message>
  </context>
  <context>
    <name>BacklogScreen</name>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="54" />
      <source>Items</source>
      <translation>Пункты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="55" />
      <source>Capabilities</source>
      <translation>Возможности</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="56" />
      <source>Releases</source>
      <translation>Релизы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="57" />
      <source>Survey rounds</source>
      <translation>Опросы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="60" />
      <source>&amp;Capabilities…</source>
      <translation>&amp;Возможности…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="60" />
      <source>&amp;Survey Round…</source>
      <translation>&amp;Раунд опроса…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="61" />
      <source>Backlog for &amp;Jira…</source>
      <translation>Бэклог для &amp;Jira…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/screen.py" line="61" />
      <source>&amp;Backlog (Excel)…</source>
      <translation>&amp;Бэклог (Excel)…</translation>
    </message>
  </context>
  <context>
    <name>BacklogTableModel</name>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="39" />
      <source>#</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="40" />
      <source>Rank</source>
      <translation>Ранг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="41" />
      <source>Item</source>
      <translation>Пункт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="42" />
      <source>Pillar</source>
      <translation>Опора</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="43" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="44" />
      <source>Release</source>
      <translation>Релиз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="45" />
      <source>Owner</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="46" />
      <source>Reach</source>
      <translation>Охват</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="47" />
      <source>Impact</source>
      <translation>Влияние</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="48" />
      <source>Confidence</source>
      <translation>Уверенность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="49" />
      <source>Effort</source>
      <translation>Усилия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="50" />
      <source>Score</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="51" />
      <source>Partners</source>
      <translation>Партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="52" />
      <source>Pinned rank</source>
      <translation>Закреплённый ранг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="235" />
      <source>Your order: drag rows to change it</source>
      <extracomment>the product manager's order, the table's first sort</extracomment>
      <translation>Ваш порядок: перетаскивайте строки, чтобы его изменить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog.py" line="279" />
      <source>Pinned by hand; computed order ignored</source>
      <translation>Закреплён вручную; расчётный порядок не учитывается</translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="71" />
      <source>Taken</source>
      <translation>Сделана</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="71" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="71" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="71" />
      <source>Interviews</source>
      <translation>Интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="72" />
      <source>Statements</source>
      <translation>Высказывания</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="72" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="77" />
      <source>When the project was opened</source>
      <translation>При открытии проекта</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="79" />
      <source>Every few minutes while working</source>
      <translation>Каждые несколько минут во время работы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="81" />
      <source>Backed up by hand</source>
      <translation>Сделана вручную</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="83" />
      <source>Before a restore</source>
      <translation>Перед восстановлением</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="85" />
      <source>Before updating the file to schema %1</source>
      <translation>Перед обновлением файла до схемы %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="88" />
      <source>partners</source>
      <translation>партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="88" />
      <source>notes</source>
      <translation>заметки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="88" />
      <source>a survey round</source>
      <translation>раунд опроса</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="89" />
      <source>capabilities</source>
      <translation>возможности</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="89" />
      <source>a .qdpx project</source>
      <translation>проект .qdpx</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="90" />
      <source>Before importing %1</source>
      <translation>Перед импортом: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="92" />
      <source>Before %1</source>
      <translation>Перед: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="107" />
      <source>%1 MB</source>
      <translation>%1 МБ</translation>
    </message>
  </context>
  <context>
    <name>BulkEditDialog</name>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="75" />
      <source>Edit %1 Partners</source>
      <translation>Изменить партнёров: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="82" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="83" />
      <source>New value</source>
      <translation>Новое значение</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="84" />
      <source>Leave the value empty to clear the field. Ctrl+Z undoes the whole edit.</source>
      <translation>Оставьте значение пустым, чтобы очистить поле. Ctrl+Z отменит всё изменение целиком.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="87" />
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
  </context>
  <context>
    <name>CanvasLabels</name>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="10" />
      <source>Products &amp; services</source>
      <translation>Продукты и услуги</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="11" />
      <source>Gain creators</source>
      <translation>Создатели выгод</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="12" />
      <source>Pain relievers</source>
      <translation>Устранители болей</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="13" />
      <source>Gains</source>
      <translation>Выгоды</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="14" />
      <source>Pains</source>
      <translation>Боли</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="15" />
      <source>Customer jobs</source>
      <translation>Работы клиента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="18" />
      <source>Product</source>
      <translation>Продукт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="19" />
      <source>Gain creator</source>
      <translation>Создатель выгоды</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="20" />
      <source>Pain reliever</source>
      <translation>Устранитель боли</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="21" />
      <location filename="../../workbench/ui/canvas/labels.py" line="60" />
      <source>Gain</source>
      <translation>Выгода</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="22" />
      <location filename="../../workbench/ui/canvas/labels.py" line="59" />
      <source>Pain</source>
      <translation>Боль</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="23" />
      <location filename="../../workbench/ui/canvas/labels.py" line="58" />
      <source>Job</source>
      <translation>Работа</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="27" />
      <source>P&amp;S</source>
      <translation>ПУ</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="28" />
      <source>GC</source>
      <translation>СВ</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="29" />
      <source>PR</source>
      <translation>УБ</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="30" />
      <source>G</source>
      <translation>В</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="31" />
      <source>P</source>
      <translation>Б</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="32" />
      <source>J</source>
      <translation>Р</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="35" />
      <location filename="../../workbench/ui/canvas/labels.py" line="36" />
      <location filename="../../workbench/ui/canvas/labels.py" line="37" />
      <location filename="../../workbench/ui/canvas/labels.py" line="40" />
      <source>by importance</source>
      <translation>по важности</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="38" />
      <source>by relevance</source>
      <translation>по значимости</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="39" />
      <source>by severity</source>
      <translation>по остроте</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="43" />
      <source>Importance</source>
      <translation>Важность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="44" />
      <source>Severity</source>
      <translation>Острота</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="45" />
      <source>Relevance</source>
      <translation>Значимость</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="48" />
      <source>low</source>
      <translation>низкая</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="49" />
      <source>medium</source>
      <translation>средняя</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="50" />
      <source>high</source>
      <translation>высокая</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="53" />
      <source>Financial motivation</source>
      <translation>Финансовая мотивация</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="54" />
      <source>Operational service</source>
      <translation>Операционный сервис</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="55" />
      <source>Product development</source>
      <translation>Развитие продукта</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="61" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="62" />
      <source>Untagged</source>
      <translation>Без метки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="66" />
      <source>Enter edit · Delete delete · M merge · S split · L link · Ctrl+↑/↓ reorder · drag to another zone</source>
      <translation>Enter — изменить · Delete — удалить · M — объединить · S — разделить · L — связать · Ctrl+↑/↓ — порядок · перетащите в другую зону</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="67" />
      <source>Cards: P pain · G gain · J job · PR pain reliever · GC gain creator · P&amp;S product; ●●● severity or importance; red outline: severe pain with no reliever</source>
      <translation>Карточки: Б — боль · В — выгода · Р — работа · УБ — устранитель боли · СВ — создатель выгоды · ПУ — продукт; ●●● — острота или важность; красная рамка — острая боль без устранителя</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="70" />
      <source>Value map</source>
      <translation>Карта ценности</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="71" />
      <source>Customer profile</source>
      <translation>Профиль клиента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="72" />
      <source>%1 — Value Proposition Canvas</source>
      <translation>%1 — канва ценностного предложения</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="73" />
      <source>Fit %1% · top pains addressed %2 of %3 · top gains addressed %4 of %5</source>
      <translation>Соответствие %1% · закрыто главных болей: %2 из %3 · главных выгод: %4 из %5</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="74" />
      <source>…and %1 more</source>
      <translation>…и ещё %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="75" />
      <source>Every severe pain has a reliever.</source>
      <translation>У каждой острой боли есть устранитель.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="76" />
      <source>Severe pains with no reliever: %1</source>
      <translation>Острые боли без устранителя: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="77" />
      <source>no reliever</source>
      <translation>нет устранителя</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="78" />
      <source>Drop statements here to make a card</source>
      <translation>Перетащите сюда высказывания, чтобы создать карточку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="79" />
      <source>Placed by hand; Reset Order returns to the evidence ranking</source>
      <translation>Место задано вручную; «Сбросить порядок» вернёт ранжирование по данным</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="80" />
      <source>Severe and nothing addresses it</source>
      <translation>Острая, и ничто её не закрывает</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/labels.py" line="81" />
      <source>%1 statements · %2 partners</source>
      <translation>высказываний: %1 · партнёров: %2</translation>
    </message>
  </context>
  <context>
    <name>CanvasScreen</name>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="45" />
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="62" />
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="68" />
      <source>Suggest Cards</source>
      <translation>Предложить карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="45" />
      <source>Statement clustering is not available in this installation.</source>
      <translation>Группировка высказываний недоступна в этой установке.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="62" />
      <source>No groups of similar statements were found among the statements not on the board.</source>
      <translation>Среди высказываний, которых нет на доске, не нашлось групп похожих.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="73" />
      <source>Grouping similar statements…</source>
      <translation>Группирую похожие высказывания…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="157" />
      <source>Canvas board: arrow keys move between cards</source>
      <translation>Доска канваса: стрелки переходят между карточками</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="158" />
      <source>Segment of the board</source>
      <translation>Сегмент доски</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="164" />
      <source>New Card</source>
      <translation>Новая карточка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="164" />
      <source>Add a card to the zone of the selected card</source>
      <translation>Добавить карточку в зону выбранной карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="165" />
      <source>Edit</source>
      <translation>Изменить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="165" />
      <source>Edit the selected card</source>
      <translation>Изменить выбранную карточку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="166" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="166" />
      <source>Delete the selected cards (undo with Ctrl+Z)</source>
      <translation>Удалить выбранные карточки (отмена — Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="167" />
      <source>Merge</source>
      <translation>Объединить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="167" />
      <source>Merge the selected cards; their evidence is joined</source>
      <translation>Объединить выбранные карточки; их свидетельства складываются</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="168" />
      <source>Split</source>
      <translation>Разделить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="168" />
      <source>Move chosen evidence of the card to a new card</source>
      <translation>Перенести выбранные свидетельства карточки в новую карточку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="169" />
      <location filename="../../workbench/ui/canvas/screen.py" line="509" />
      <source>Link</source>
      <translation>Связать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="169" />
      <source>Link a reliever to pains or a creator to gains</source>
      <translation>Связать устранитель с болями или создателя выгоды с выгодами</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="170" />
      <source>Move Up in Rank</source>
      <translation>Выше в рейтинге</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="171" />
      <source>Move Down in Rank</source>
      <translation>Ниже в рейтинге</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="172" />
      <source>Reset Order</source>
      <translation>Сбросить порядок</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="172" />
      <source>Return the selected card's zone to the evidence ranking</source>
      <translation>Вернуть зоне выбранной карточки ранжирование по данным</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="173" />
      <source>Zoom In</source>
      <translation>Крупнее</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="173" />
      <source>Zoom in (Ctrl+wheel)</source>
      <translation>Крупнее (Ctrl+колесо)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="174" />
      <source>Zoom Out</source>
      <translation>Мельче</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="175" />
      <location filename="../../workbench/ui/canvas/screen.py" line="176" />
      <source>Fit to View</source>
      <translation>Вписать в окно</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="176" />
      <source>Show the whole board (Ctrl+0 or F)</source>
      <translation>Показать всю доску (Ctrl+0 или F)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="177" />
      <source>Suggest Cards…</source>
      <translation>Предложить карточки…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="178" />
      <source>Group statements not on the board into candidate cards</source>
      <translation>Сгруппировать высказывания, которых нет на доске, в карточки-кандидаты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="179" />
      <source>Compare…</source>
      <translation>Сравнить…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="179" />
      <source>Shared and distinct pains and gains of two segments</source>
      <translation>Общие и различные боли и выгоды двух сегментов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="180" />
      <source>Export Board…</source>
      <translation>Экспорт доски…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="180" />
      <source>Save the board as PNG, SVG or PDF</source>
      <translation>Сохранить доску в PNG, SVG или PDF</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="181" />
      <source>New Card from Statements</source>
      <translation>Карточка из высказываний</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="182" />
      <source>Make a card of the selected statements in the zone their tag names</source>
      <translation>Создать карточку из выбранных высказываний в зоне по их метке</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="183" />
      <source>Add Statements to Selected Card</source>
      <translation>Добавить высказывания в выбранную карточку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="184" />
      <source>&amp;Canvas Board (PNG, SVG, PDF)…</source>
      <translation>&amp;Доска канвы (PNG, SVG, PDF)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="185" />
      <source>Segment: one board per segment</source>
      <translation>Сегмент: у каждого сегмента своя доска</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="186" />
      <source>Arrows select cards · Enter edit · Delete delete · M merge · S split · L link · Shift+drag a card onto another to link · Ctrl+↑/↓ reorder · Ctrl+wheel zoom · F fit</source>
      <translation>Стрелки — выбор карточки · Enter — изменить · Delete — удалить · M — объединить · S — разделить · L — связать · Shift+перетаскивание карточки на другую — связь · Ctrl+↑/↓ — порядок · Ctrl+колесо — масштаб · F — вписать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="188" />
      <source>No segments yet</source>
      <translation>Сегментов пока нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="189" />
      <source>A board belongs to a segment of partners. Add a segment on the Segments screen, interview its partners, then come back to build the canvas from their statements.</source>
      <translation>Доска строится для сегмента партнёров. Добавьте сегмент на экране «Сегменты», проведите интервью с его партнёрами и возвращайтесь строить канву из их высказываний.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="222" />
      <source>%1 (%2 cards)</source>
      <translation>%1 (карточек: %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="274" />
      <source>Fit %1% · unrelieved severe pains: %2</source>
      <translation>Соответствие %1% · острых болей без устранителя: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="278" />
      <source>Rank-weighted share of the top %1 pains and %2 gains that a reliever or creator addresses</source>
      <translation>Доля главных болей (%1) и выгод (%2), закрытых устранителем или создателем, с весом по рангу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="358" />
      <source>Canvas</source>
      <translation>Канва</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="370" />
      <source>Add evidence</source>
      <translation>Добавить свидетельства</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="372" />
      <location filename="../../workbench/ui/canvas/screen.py" line="424" />
      <source>New card</source>
      <translation>Новая карточка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="382" />
      <source>Move card</source>
      <translation>Перемещение карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="400" />
      <source>Select one card on the board and statements in the list first.</source>
      <translation>Сначала выберите одну карточку на доске и высказывания в списке.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="407" />
      <source>Fit link</source>
      <translation>Связь соответствия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="441" />
      <source>Edit card</source>
      <translation>Изменение карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="450" />
      <source>Delete %1 card(s)</source>
      <translation>Удаление карточек: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="464" />
      <source>Merge Cards</source>
      <translation>Объединение карточек</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="465" />
      <source>Choose the cards to merge into “%1”. Their evidence and links join it; they are removed.</source>
      <translation>Выберите карточки, которые войдут в «%1». Их свидетельства и связи перейдут к ней, а сами они будут удалены.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="475" />
      <source>Merge cards</source>
      <translation>Объединение карточек</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="486" />
      <location filename="../../workbench/ui/canvas/screen.py" line="489" />
      <source>Split Card</source>
      <translation>Разделение карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="487" />
      <source>A card needs at least two statements to be split.</source>
      <translation>Чтобы разделить карточку, за ней должно быть хотя бы два высказывания.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="490" />
      <source>Choose the statements that move to a new card.</source>
      <translation>Выберите высказывания, которые перейдут в новую карточку.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="491" />
      <source>New card title</source>
      <translation>Название новой карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="499" />
      <source>Split card</source>
      <translation>Разделение карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="510" />
      <source>Fit links join pain relievers to pains and gain creators to gains; select one of those.</source>
      <translation>Связи соответствия соединяют устранители с болями и создателей выгод с выгодами; выберите такую карточку.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="513" />
      <source>Fit Links</source>
      <translation>Связи соответствия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="513" />
      <source>Which %1 does “%2” address?</source>
      <translation>Что из зоны «%1» закрывает «%2»?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="515" />
      <source>Which %1 address “%2”?</source>
      <translation>Что из зоны «%1» закрывает «%2»?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="522" />
      <source>Fit links</source>
      <translation>Связи соответствия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="532" />
      <source>Reorder card</source>
      <translation>Изменение порядка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="542" />
      <location filename="../../workbench/ui/canvas/screen.py" line="546" />
      <source>Reset order</source>
      <translation>Сброс порядка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="578" />
      <location filename="../../workbench/ui/canvas/screen.py" line="600" />
      <source>Export Board</source>
      <translation>Экспорт доски</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="579" />
      <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
      <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/screen.py" line="602" />
      <source>Board exported to %1</source>
      <translation>Доска сохранена в %1</translation>
    </message>
  </context>
  <context>
    <name>CapabilitiesModel</name>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="84" />
      <source>Capability</source>
      <translation>Возможность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="85" />
      <source>Pillar</source>
      <translation>Опора</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="86" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="87" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_lists.py" line="88" />
      <source>Linked card</source>
      <translation>Связанная карточка</translation>
    </message>
  </context>
  <context>
    <name>CapabilitiesPanel</name>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="97" />
      <source>No card</source>
      <extracomment>the reads of the panel: the newest is shown a capability to make current once the reload on its way is shown</extracomment>
      <translation>Без карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="122" />
      <source>Search capabilities</source>
      <translation>Поиск возможностей</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="125" />
      <source>What the vendor already offers. The gap analysis compares every value-map card and every severe pain with this list: a capability you have closes the gap; a partial or missing one opens a backlog item. Link a capability to a card when the names differ.</source>
      <translation>Что у вендора уже есть. Анализ разрывов сравнивает с этим списком каждую карточку карты ценности и каждую острую боль: имеющаяся возможность закрывает разрыв, частичная или отсутствующая — открывает пункт бэклога. Если названия расходятся, свяжите возможность с карточкой.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="128" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="135" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="233" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="246" />
      <source>New capability</source>
      <translation>Новая возможность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="130" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="131" />
      <source>Import from xlsx/csv…</source>
      <translation>Импорт из xlsx/csv…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="132" />
      <source>Filter capabilities…</source>
      <translation>Фильтр возможностей…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="133" />
      <source>No capabilities yet. Add them one by one or import a spreadsheet with the columns name, pillar, status (have / partial / missing) and description.</source>
      <translation>Возможностей пока нет. Добавьте их по одной или импортируйте таблицу со столбцами: название, опора, статус (есть / частично / нет) и описание.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="136" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="260" />
      <source>Delete capability</source>
      <translation>Удалить возможность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="147" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="155" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="164" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="299" />
      <source>Import capabilities</source>
      <translation>Импорт возможностей</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="148" />
      <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
      <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="156" />
      <source>Capability</source>
      <translation>Возможность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="156" />
      <source>Pillar</source>
      <translation>Опора</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="156" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="157" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="165" />
      <source>Import anyway and skip what cannot be read?</source>
      <translation>Всё равно импортировать и пропустить то, что не удалось прочитать?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="123" />
      <location filename="../../workbench/ui/capabilities/panel.py" line="172" />
      <source>Capabilities</source>
      <translation>Возможности</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="226" />
      <source>Edit capability</source>
      <translation>Изменение возможности</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="233" />
      <source>Name:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="301" />
      <source>Capabilities: %1 added, %2 updated.</source>
      <translation>Возможности: добавлено %1, обновлено %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capabilities/panel.py" line="304" />
      <source>Importing capabilities…</source>
      <translation>Импорт возможностей…</translation>
    </message>
  </context>
  <context>
    <name>CaptureScreen</name>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="137" />
      <source>Tag as %1</source>
      <translation>Метка: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="137" />
      <location filename="../../workbench/ui/capture/screen.py" line="221" />
      <source>Clear the tag</source>
      <translation>Снять метку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="147" />
      <source>Set severity</source>
      <translation>Задать важность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="156" />
      <location filename="../../workbench/ui/capture/editing.py" line="170" />
      <location filename="../../workbench/ui/capture/screen.py" line="221" />
      <source>Verbatim quote</source>
      <translation>Дословная цитата</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="156" />
      <location filename="../../workbench/ui/capture/editing.py" line="172" />
      <location filename="../../workbench/ui/capture/screen.py" line="222" />
      <source>Needs a follow-up</source>
      <translation>Нужно уточнить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="161" />
      <source>Editing a saved statement: Enter saves, Esc cancels.</source>
      <translation>Правка сохранённого высказывания: Enter — сохранить, Esc — отменить.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="168" />
      <location filename="../../workbench/ui/capture/screen.py" line="231" />
      <source>Severity %1</source>
      <translation>Важность %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="173" />
      <source>Next line: %1</source>
      <translation>Следующая строка: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="198" />
      <location filename="../../workbench/ui/capture/screen.py" line="224" />
      <source>Edit the statement</source>
      <translation>Исправить высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="207" />
      <source>Move the statement</source>
      <translation>Переместить высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/editing.py" line="226" />
      <location filename="../../workbench/ui/capture/screen.py" line="225" />
      <source>Delete the statement</source>
      <translation>Удалить высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="202" />
      <source>Statements of the interview</source>
      <translation>Высказывания интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="203" />
      <source>New statement: type and press Enter</source>
      <translation>Новое высказывание: наберите и нажмите Enter</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="204" />
      <source>No interview open</source>
      <translation>Интервью не открыто</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="205" />
      <source>Open an interview from the Interviews screen (or plan one) to take notes.</source>
      <translation>Откройте интервью на экране «Интервью» (или запланируйте новое), чтобы вести заметки.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="206" />
      <source>Go to interviews</source>
      <translation>К интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="207" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="208" />
      <source>After the interview</source>
      <translation>После интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="209" />
      <source>Finish interview</source>
      <translation>Завершить интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="210" />
      <source>Finish interview (Ctrl+Shift+E)</source>
      <translation>Завершить интервью (Ctrl+Shift+E)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="211" />
      <source>Import notes…</source>
      <translation>Импорт заметок…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="212" />
      <source>Import notes… (Ctrl+I)</source>
      <translation>Импорт заметок… (Ctrl+I)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="213" />
      <source>Type what the partner says and press Enter. A line starting with pain:, боль:, gain:, job: is tagged.</source>
      <translation>Пишите, что говорит партнёр, и нажимайте Enter. Строка, начинающаяся с боль:, выгода:, работа: (или pain:, gain:, job:), получает метку.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="216" />
      <source>Enter save line · Ctrl+1 job · Ctrl+2 pain · Ctrl+3 gain · Ctrl+0 clear · Alt+1..3 severity · Ctrl+Q quote · Ctrl+F follow-up · Ctrl+↑/↓ select · F2 edit · Ctrl+Enter next question</source>
      <translation>Enter — сохранить строку · Ctrl+1 работа · Ctrl+2 боль · Ctrl+3 выгода · Ctrl+0 снять · Alt+1..3 важность · Ctrl+Q цитата · Ctrl+F уточнить · Ctrl+↑/↓ выбрать · F2 правка · Ctrl+Enter следующий вопрос</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="219" />
      <source>Tag as job</source>
      <translation>Пометить как работу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="219" />
      <source>Tag as pain</source>
      <translation>Пометить как боль</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="220" />
      <source>Tag as gain</source>
      <translation>Пометить как выгоду</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="220" />
      <source>Tag as other</source>
      <translation>Пометить как другое</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="222" />
      <source>Previous statement</source>
      <translation>Предыдущее высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="223" />
      <source>Next statement</source>
      <translation>Следующее высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="223" />
      <source>Next guide question</source>
      <translation>Следующий вопрос гайда</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="224" />
      <source>Previous guide question</source>
      <translation>Предыдущий вопрос гайда</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="225" />
      <location filename="../../workbench/ui/capture/screen.py" line="553" />
      <source>Finish the interview</source>
      <translation>Завершить интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="226" />
      <source>Import notes or a transcript</source>
      <translation>Импорт заметок или расшифровки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="226" />
      <source>Search statements</source>
      <translation>Поиск по высказываниям</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="227" />
      <source>Move the statement up</source>
      <translation>Переместить высказывание выше</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="227" />
      <source>Move the statement down</source>
      <translation>Переместить высказывание ниже</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="232" />
      <source>Clear the severity</source>
      <translation>Снять важность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="354" />
      <source>planned</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="354" />
      <source>in progress</source>
      <translation>идёт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="354" />
      <source>done</source>
      <translation>проведено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="416" />
      <location filename="../../workbench/ui/capture/screen.py" line="483" />
      <source>Saving…</source>
      <translation>Сохранение…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="446" />
      <source>A line was not saved: %1</source>
      <translation>Строка не сохранена: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="479" />
      <source>Saving %1 line(s)…</source>
      <translation>Сохраняется строк: %1…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="481" />
      <source>%1 line(s) wait for the team server</source>
      <translation>Ждут сервера: %1 стр.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/screen.py" line="485" />
      <source>All saved</source>
      <translation>Всё сохранено</translation>
    </message>
  </context>
  <context>
    <name>CaptureWriter</name>
    <message>
      <location filename="../../workbench/ui/capture/writer.py" line="43" />
      <source>The team server cannot be reached: the line is kept on this computer and will be sent when the server is back.</source>
      <extracomment>how often the writer tries to send lines kept locally (seconds) the start of the message of a line kept locally (the list shows it as "kept locally")</extracomment>
      <translation>Командный сервер недоступен: строка сохранена на этом компьютере и будет отправлена, когда сервер вернётся.</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="30" />
      <source>Edit Card</source>
      <translation>Изменение карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="30" />
      <source>New Card</source>
      <translation>Новая карточка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="45" />
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="51" />
      <source>&amp;Title</source>
      <translation>&amp;Название</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="52" />
      <source>&amp;Zone</source>
      <translation>&amp;Зона</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="56" />
      <source>&amp;Pillar</source>
      <translation>&amp;Опора</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="57" />
      <source>&amp;Description</source>
      <translation>&amp;Описание</translation>
    </message>
  </context>
  <context>
    <name>CardsDialog</name>
    <message>
      <location filename="../../workbench/ui/backlog/cards_dialog.py" line="17" />
      <source>Link cards</source>
      <translation>Связь с карточками</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/cards_dialog.py" line="20" />
      <source>Tick the cards this item answers. Their statements become its evidence, and its reach and confidence follow.</source>
      <translation>Отметьте карточки, на которые отвечает пункт. Их высказывания станут его доказательствами, а охват и уверенность пересчитаются.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/cards_dialog.py" line="24" />
      <source>Filter cards…</source>
      <translation>Фильтр карточек…</translation>
    </message>
  </context>
  <context>
    <name>CardsModel</name>
    <message>
      <location filename="../../workbench/ui/models/backlog_program.py" line="25" />
      <source>Product or service</source>
      <translation>Продукт или услуга</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_program.py" line="26" />
      <source>Pain reliever</source>
      <translation>Снятие боли</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_program.py" line="27" />
      <source>Gain creator</source>
      <translation>Создание выгоды</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="65" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="65" />
      <source>When you opened it</source>
      <translation>Когда вы открыли</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="65" />
      <source>Saved by them</source>
      <translation>Сохранено другим</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="65" />
      <source>Yours</source>
      <translation>Ваше</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="79" />
      <source>(not changed by you)</source>
      <translation>(вы не меняли)</translation>
    </message>
  </context>
  <context>
    <name>ClustersDialog</name>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="91" />
      <source>Suggested Cards</source>
      <translation>Предложенные карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="92" />
      <source>Suggested title</source>
      <translation>Предложенное название</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="92" />
      <source>Statements</source>
      <translation>Высказывания</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="92" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="93" />
      <source>Zone</source>
      <translation>Зона</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="105" />
      <source>Accept as Card</source>
      <translation>Принять как карточку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="107" />
      <source>Merge into Card</source>
      <translation>Добавить в карточку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="108" />
      <source>Each acceptance is one undo step on the board.</source>
      <translation>Каждое принятие — один шаг отмены на доске.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="172" />
      <source>Accept suggested card</source>
      <translation>Принятие предложенной карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/clusters_dialog.py" line="185" />
      <source>Merge suggested card</source>
      <translation>Добавление предложенной группы в карточку</translation>
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <location filename="../../workbench/ui/palette.py" line="52" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="53" />
      <source>Interview</source>
      <translation>Интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="54" />
      <source>Segment</source>
      <translation>Сегмент</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="55" />
      <source>Card</source>
      <translation>Карточка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="56" />
      <source>Backlog item</source>
      <translation>Элемент бэклога</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="420" />
      <source>Type an action, a screen, a partner, an interview, a card…</source>
      <extracomment>emitted after an entry ran (the entry) emitted when the project's items are loaded into the list</extracomment>
      <translation>Введите действие, экран, партнёра, интервью, карточку…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="421" />
      <source>Command palette: type to filter</source>
      <translation>Палитра команд: введите текст для отбора</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="422" />
      <source>Matching actions and items</source>
      <translation>Подходящие действия и объекты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="423" />
      <source>Command palette</source>
      <translation>Палитра команд</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="424" />
      <source>Enter runs · ↑↓ choose · Esc closes · also finds English names and the other keyboard layout</source>
      <translation>Enter — выполнить · ↑↓ — выбрать · Esc — закрыть · находит и по-английски, и в другой раскладке</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="550" />
      <source>Reading the partners, interviews and cards of the project…</source>
      <translation>Читаю партнёров, интервью и карточки проекта…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/palette.py" line="556" />
      <source>Nothing matches “%1”. Try fewer letters, or Esc to close.</source>
      <translation>По запросу «%1» ничего нет. Сократите запрос или нажмите Esc.</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="33" />
      <source>Compare Boards</source>
      <translation>Сравнение досок</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="49" />
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="92" />
      <source>Match</source>
      <translation>Совпадение</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="80" />
      <source>Two segments are needed to compare boards.</source>
      <translation>Для сравнения нужны два сегмента.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="83" />
      <source>Choose two different segments.</source>
      <translation>Выберите два разных сегмента.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="89" />
      <source>shared</source>
      <translation>общее</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="89" />
      <source>only here</source>
      <translation>только здесь</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/compare_dialog.py" line="101" />
      <source>Pains: %1 shared, %2 only in %A, %3 only in %B. Gains: %4 shared, %5 only in %A, %6 only in %B. Titles are matched on their words' dictionary forms.</source>
      <translation>Боли: общих %1, только в «%A» — %2, только в «%B» — %3. Выгоды: общих %4, только в «%A» — %5, только в «%B» — %6. Названия сравниваются по словарным формам слов.</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="602" />
      <source>The project is ready</source>
      <translation>Проект готов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="603" />
      <source>Press Open to start working. Everything below is saved in the project.</source>
      <translation>Нажмите «Открыть проект», чтобы начать работу. Всё перечисленное ниже уже сохранено в проекте.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="609" />
      <source>Partner lists</source>
      <translation>Списки партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="609" />
      <source>Invited</source>
      <translation>Приглашены</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="610" />
      <source>Interview guide</source>
      <translation>Гайд интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="610" />
      <source>Interviews</source>
      <translation>Интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="611" />
      <source>skipped</source>
      <translation>пропущено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="613" />
      <source>Next: the Partners screen shows who is invited; Interviews lists the planned conversations; Help → Guided Tour shows the app.</source>
      <translation>Дальше: на экране «Партнёры» видно, кто приглашён; на экране «Интервью» — запланированные разговоры; Справка → Обзор программы покажет, что где.</translation>
    </message>
  </context>
  <context>
    <name>ElementsModel</name>
    <message>
      <location filename="../../workbench/ui/models/backlog_program.py" line="64" />
      <source>partners: %1</source>
      <translation>партнёров: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/backlog_program.py" line="65" />
      <source>items: %1</source>
      <translation>пунктов: %1</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <location filename="../../workbench/ui/errors.py" line="84" />
      <source>Cannot reach the team server. Check your network or VPN, or ask whoever runs the server whether it is up; nothing was changed.</source>
      <translation>Нет связи с командным сервером. Проверьте сеть или VPN либо спросите у того, кто ведёт сервер, работает ли он; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/errors.py" line="87" />
      <source>the log</source>
      <translation>журнал</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/errors.py" line="88" />
      <source>Something went wrong and this action may not have finished. The rest of your work is safe; details were written to the log (%1).</source>
      <translation>Что-то пошло не так, и это действие могло не завершиться. Остальная работа цела; подробности записаны в журнал (%1).</translation>
    </message>
  </context>
  <context>
    <name>EvidencePanel</name>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="120" />
      <source>Search statements and partners</source>
      <extracomment>a statement was double-clicked: (interview id, statement id) an unaddressed card was chosen</extracomment>
      <translation>Поиск по высказываниям и партнёрам</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="121" />
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="124" />
      <source>Statements</source>
      <translation>Высказывания</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="122" />
      <source>Evidence of the selected card</source>
      <translation>Свидетельства выбранной карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="123" />
      <source>Unaddressed cards</source>
      <translation>Незакрытые карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="125" />
      <source>Card evidence</source>
      <translation>Карточка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="126" />
      <source>Unaddressed</source>
      <translation>Не закрыто</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="127" />
      <source>Search statements and partners…</source>
      <translation>Поиск по высказываниям и партнёрам…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="128" />
      <source>All statements</source>
      <translation>Все высказывания</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="128" />
      <source>Not on a card</source>
      <translation>Не на карточках</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="129" />
      <source>Untagged</source>
      <translation>Без метки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="129" />
      <source>Pains</source>
      <translation>Боли</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="129" />
      <source>Gains</source>
      <translation>Выгоды</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="130" />
      <source>Jobs</source>
      <translation>Работы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="130" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="140" />
      <source>Statement</source>
      <translation>Высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="140" />
      <source>Tag</source>
      <translation>Метка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="140" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="140" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="140" />
      <source>Interviewer</source>
      <translation>Интервьюер</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="141" />
      <source>Cards</source>
      <translation>Карточек</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="144" />
      <source>Rank</source>
      <translation>Ранг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="144" />
      <source>Severe pain or gain</source>
      <translation>Острая боль или важная выгода</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="146" />
      <source>Drag statements onto a zone to make a card, or onto a card to add evidence; Ctrl+Enter makes a card, Shift+Enter adds them to the selected card. Double-click opens the interview at that statement.</source>
      <translation>Перетащите высказывания на зону, чтобы создать карточку, или на карточку, чтобы добавить свидетельства; Ctrl+Enter создаёт карточку, Shift+Enter добавляет их в выбранную карточку. Двойной щелчок открывает интервью на этом высказывании.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="148" />
      <source>Double-click opens the interview at that statement.</source>
      <translation>Двойной щелчок открывает интервью на этом высказывании.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="152" />
      <source>All partners</source>
      <translation>Все партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="153" />
      <source>All interviews</source>
      <translation>Все интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="171" />
      <source>No statements from this segment's interviews yet. Take notes on the Interviews screen; they appear here to drag onto the board.</source>
      <translation>В интервью этого сегмента пока нет высказываний. Записывайте их на экране «Интервью» — они появятся здесь, и их можно будет перетащить на доску.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="174" />
      <source>%1 of %2 statements shown</source>
      <translation>Показано высказываний: %1 из %2</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="207" />
      <source>Select a card to see the statements and partners behind it.</source>
      <translation>Выберите карточку, чтобы увидеть высказывания и партнёров за ней.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="224" />
      <source>Fit %1%. Severe pains with no reliever: %2; highly relevant gains with no creator: %3. Click one to find it on the board.</source>
      <translation>Соответствие %1%. Острых болей без устранителя: %2; важных выгод без создателя: %3. Щёлкните строку, чтобы найти карточку на доске.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/canvas/evidence_panel.py" line="227" />
      <source>Unaddressed (%1)</source>
      <translation>Не закрыто (%1)</translation>
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message>
      <location filename="../../workbench/ui/exports.py" line="62" />
      <source>&amp;VPC Workbook (.xlsx)…</source>
      <extracomment>after the first paint, wait this long before starting the worker (let the first screen settle)</extracomment>
      <translation>&amp;Рабочая книга VPC (.xlsx)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="63" />
      <source>&amp;Charts…</source>
      <translation>&amp;Диаграммы…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="64" />
      <source>Segment &amp;Briefs (PDF)…</source>
      <translation>&amp;Справки по сегментам (PDF)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="66" />
      <location filename="../../workbench/ui/exports.py" line="68" />
      <source>Not available in this version</source>
      <translation>Недоступно в этой версии</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="89" />
      <source>The export failed: %1</source>
      <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="111" />
      <source>Exporting the VPC workbook…</source>
      <translation>Экспорт рабочей книги VPC…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="112" />
      <source>VPC workbook saved to %1</source>
      <translation>Рабочая книга VPC сохранена: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="117" />
      <source>Exporting charts…</source>
      <translation>Экспорт диаграмм…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="117" />
      <source>Charts saved to %1</source>
      <translation>Диаграммы сохранены: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="123" />
      <source>Exporting segment briefs…</source>
      <translation>Экспорт справок по сегментам…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="124" />
      <source>Segment briefs saved to %1</source>
      <translation>Справки по сегментам сохранены: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="129" />
      <source>Export VPC Workbook</source>
      <translation>Экспорт рабочей книги VPC</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="130" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="136" />
      <source>Export Charts</source>
      <translation>Экспорт диаграмм</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exports.py" line="142" />
      <source>Export Segment Briefs</source>
      <translation>Экспорт справок по сегментам</translation>
    </message>
  </context>
  <context>
    <name>FunnelModel</name>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="97" />
      <source>Candidates</source>
      <translation>Кандидаты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="97" />
      <source>Invited</source>
      <translation>Приглашены</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="97" />
      <source>Scheduled</source>
      <translation>Назначены</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="97" />
      <source>Interviewed</source>
      <translation>Проинтервьюированы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="98" />
      <source>Synthesised</source>
      <translation>Обобщены</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="108" />
      <source>Interviews / target</source>
      <translation>Интервью / цель</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="125" />
      <source>%1 interviewed of the segment's target %2; the domain aims at %3–%4.</source>
      <translation>Проведено интервью: %1 из цели сегмента %2; рекомендуется %3–%4.</translation>
    </message>
  </context>
  <context>
    <name>GuideEditorDialog</name>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="112" />
      <source>Interview guides</source>
      <translation>Гайды интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="113" />
      <source>Guides</source>
      <translation>Гайды</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="114" />
      <source>Questions of the guide, by section</source>
      <translation>Вопросы гайда по разделам</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="115" />
      <source>Copy guide (Ctrl+D)</source>
      <translation>Копировать гайд (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="115" />
      <source>Rename (F2)</source>
      <translation>Переименовать (F2)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="116" />
      <source>Add question (Ins)</source>
      <translation>Добавить вопрос (Ins)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="116" />
      <source>Edit question (Enter)</source>
      <translation>Изменить вопрос (Enter)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="117" />
      <source>Delete question (Del)</source>
      <translation>Удалить вопрос (Del)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="117" />
      <source>Up (Ctrl+↑)</source>
      <translation>Выше (Ctrl+↑)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="118" />
      <source>Down (Ctrl+↓)</source>
      <translation>Ниже (Ctrl+↓)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="118" />
      <location filename="../../workbench/ui/guides/editor.py" line="214" />
      <source>Delete guide</source>
      <translation>Удалить гайд</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="156" />
      <source>(no section)</source>
      <translation>(без раздела)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="170" />
      <source>Built-in guides are read-only: copy one (Ctrl+D) to make it your own.</source>
      <translation>Встроенные гайды только для чтения: скопируйте гайд (Ctrl+D), чтобы сделать свой.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="190" />
      <location filename="../../workbench/ui/guides/editor.py" line="199" />
      <source>Copy guide</source>
      <translation>Копировать гайд</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="190" />
      <source>Name of the copy:</source>
      <translation>Название копии:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="191" />
      <source>%1 (copy)</source>
      <translation>%1 (копия)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="221" />
      <location filename="../../workbench/ui/guides/editor.py" line="224" />
      <source>Rename guide</source>
      <translation>Переименовать гайд</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="221" />
      <source>Name:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="233" />
      <location filename="../../workbench/ui/guides/editor.py" line="237" />
      <location filename="../../workbench/ui/guides/editor.py" line="246" />
      <source>Add question</source>
      <translation>Добавить вопрос</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="233" />
      <location filename="../../workbench/ui/guides/editor.py" line="253" />
      <source>Question:</source>
      <translation>Вопрос:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="237" />
      <source>Section:</source>
      <translation>Раздел:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="253" />
      <location filename="../../workbench/ui/guides/editor.py" line="256" />
      <source>Edit question</source>
      <translation>Изменить вопрос</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="272" />
      <source>Delete question</source>
      <translation>Удалить вопрос</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/guides/editor.py" line="280" />
      <source>Move question</source>
      <translation>Переместить вопрос</translation>
    </message>
  </context>
  <context>
    <name>GuidePage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="422" />
      <source>Interview guide</source>
      <translation>Гайд интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="423" />
      <source>In which language will you talk to the partners?</source>
      <translation>На каком языке вы будете говорить с партнёрами?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="424" />
      <source>C&amp;hoose</source>
      <translation>&amp;Выбрать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="425" />
      <source>Built-in &amp;Russian guide</source>
      <translation>Встроенный гайд на &amp;русском</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="426" />
      <source>Built-in &amp;English guide</source>
      <translation>Встроенный гайд на &amp;английском</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="427" />
      <source>&amp;Make our own copy to edit later, named:</source>
      <translation>&amp;Сделать свою копию, чтобы править её позже, с названием:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="428" />
      <source>Name of the copy</source>
      <translation>Название копии</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="430" />
      <source>Our guide</source>
      <translation>Наш гайд</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="431" />
      <source>The built-in guide is the partner-program interview: values before money, the partner's business, finance, product, operations, dislikes and wishes. A copy is yours to change in Interviews → Guides; built-in guides stay as shipped.</source>
      <translation>Встроенный гайд — интервью о партнёрской программе: ценности прежде денег, бизнес партнёра, финансы, продукт, операционка, что не нравится и пожелания. Копию можно менять в разделе Интервью → Гайды; встроенные гайды остаются как есть.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="443" />
      <source>Name the copy of the guide.</source>
      <translation>Дайте название копии гайда.</translation>
    </message>
  </context>
  <context>
    <name>GuidePanel</name>
    <message>
      <location filename="../../workbench/ui/capture/guide_panel.py" line="61" />
      <source>Guide questions</source>
      <extracomment>the user picked a question in the tree (its id)</extracomment>
      <translation>Вопросы гайда</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/guide_panel.py" line="62" />
      <source>Current question (Ctrl+Enter: next)</source>
      <translation>Текущий вопрос (Ctrl+Enter — следующий)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/guide_panel.py" line="129" />
      <source>This interview has no guide: just type what the partner says.</source>
      <translation>У этого интервью нет гайда: просто записывайте, что говорит партнёр.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/guide_panel.py" line="137" />
      <source>Covered %1 of %2 questions</source>
      <translation>Раскрыто вопросов: %1 из %2</translation>
    </message>
  </context>
  <context>
    <name>GuidedTour</name>
    <message>
      <location filename="../../workbench/ui/tour.py" line="51" />
      <source>Screens</source>
      <translation>Экраны</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="52" />
      <source>The research goes from top to bottom: partners, interviews, the canvas boards, segments, the backlog and the program. Ctrl+Shift+1…7 switch screens.</source>
      <translation>Исследование идёт сверху вниз: партнёры, интервью, доски канваса, сегменты, бэклог и программа. Ctrl+Shift+1…7 переключают экраны.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="55" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="56" />
      <source>Import the partner list (File → Import), score it against the ideal profile and pick the top ones to interview.</source>
      <translation>Импортируйте список партнёров (Файл → Импорт), оцените его по идеальному профилю и выберите лучших для интервью.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="59" />
      <source>Capture</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="60" />
      <source>During the call, type what the partner says and press Enter. Ctrl+1, Ctrl+2, Ctrl+3 tag a line as a job, a pain or a gain.</source>
      <translation>Во время разговора пишите, что говорит партнёр, и нажимайте Enter. Ctrl+1, Ctrl+2, Ctrl+3 отмечают строку как задачу, боль или выгоду.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="63" />
      <source>Canvas</source>
      <translation>Канвас</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="64" />
      <source>Tagged statements become cards on the segment's Value Proposition Canvas; every card keeps the quotes behind it.</source>
      <translation>Отмеченные высказывания становятся карточками на Value Proposition Canvas сегмента; за каждой карточкой сохраняются цитаты.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="67" />
      <source>Backlog</source>
      <translation>Бэклог</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="68" />
      <source>Gaps on the boards become backlog items, ranked by evidence and triaged from the keyboard.</source>
      <translation>Пробелы на досках становятся элементами бэклога: они ранжируются по свидетельствам и разбираются с клавиатуры.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="71" />
      <source>Everything from the keyboard</source>
      <translation>Всё — с клавиатуры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="72" />
      <source>Ctrl+K opens the command palette: type any action, partner, interview or card. Ctrl+Shift+F searches every statement. F1 lists all shortcuts; Help → Guided Tour shows this tour again.</source>
      <translation>Ctrl+K открывает палитру команд: введите любое действие, партнёра, интервью или карточку. Ctrl+Shift+F ищет по всем высказываниям. F1 — список всех сочетаний клавиш; Справка → Обзор программы покажет этот обзор снова.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="206" />
      <source>Step %1 of %2</source>
      <extracomment>emitted once when the tour ends: True if it was finished, False if skipped</extracomment>
      <translation>Шаг %1 из %2</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="210" />
      <source>Skip tour</source>
      <translation>Пропустить обзор</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="211" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="214" />
      <source>Finish</source>
      <translation>Готово</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="214" />
      <source>Next</source>
      <translation>Далее</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="215" />
      <source>→ or Enter; ← goes back, Esc skips the tour</source>
      <translation>→ или Enter; ← — назад, Esc — пропустить обзор</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="216" />
      <source>Guided tour, step %1 of %2: %3</source>
      <translation>Обзор программы, шаг %1 из %2: %3</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/tour.py" line="219" />
      <source>Guided tour</source>
      <translation>Обзор программы</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="187" />
      <source>Import Partners</source>
      <translation>Импорт партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="188" />
      <source>Into segment:</source>
      <translation>В сегмент:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="189" />
      <source>Header row:</source>
      <translation>Строка заголовков:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="190" />
      <source>Columns (check what each column of the file means)</source>
      <translation>Столбцы (проверьте, что означает каждый столбец файла)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="193" />
      <source>Skip invalid rows and import the valid ones</source>
      <translation>Пропустить строки с ошибками и импортировать остальные</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="194" />
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="218" />
      <source>— not imported —</source>
      <translation>— не импортировать —</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="220" />
      <source>column %1</source>
      <translation>столбец %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="245" />
      <source> — text in %1, separated by “%2”</source>
      <translation> — текст в кодировке %1, разделитель «%2»</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="249" />
      <source>%1 rows: %2 new, %3 duplicates (skipped), %4 with problems.</source>
      <translation>Строк: %1; новых: %2, дубликатов (пропускаются): %3, с ошибками: %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="260" />
      <source>Some rows have problems: fix the file, or skip the invalid rows.</source>
      <translation>В некоторых строках ошибки: исправьте файл или пропустите строки с ошибками.</translation>
    </message>
  </context>
  <context>
    <name>ImportNotesDialog</name>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="125" />
      <source>Import notes or a transcript</source>
      <translation>Импорт заметок или расшифровки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="126" />
      <source>Choose a file…</source>
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="127" />
      <source>…or paste the text here (“Name: text” lines keep the speaker):</source>
      <translation>…или вставьте текст сюда (строки «Имя: текст» сохраняют говорящего):</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="128" />
      <source>One statement per sentence (otherwise per paragraph)</source>
      <translation>Одно высказывание на предложение (иначе — на абзац)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="129" />
      <source>Preview</source>
      <translation>Предпросмотр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="130" />
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="134" />
      <location filename="../../workbench/ui/capture/import_dialog.py" line="181" />
      <source>Import notes</source>
      <translation>Импорт заметок</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="135" />
      <source>Notes (*.txt *.md *.docx)</source>
      <translation>Заметки (*.txt *.md *.docx)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="161" />
      <source>%1 statements will be added</source>
      <translation>Будет добавлено высказываний: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="183" />
      <source>Imported %1 statements</source>
      <translation>Импортировано высказываний: %1</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="166" />
      <source>Partner lists</source>
      <translation>Списки партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="167" />
      <source>For each segment, a spreadsheet of candidate partners: Excel (.xlsx) or CSV with a company-name column. Leave a segment empty to add its partners later (File → Import).</source>
      <translation>Для каждого сегмента — таблица кандидатов в партнёры: Excel (.xlsx) или CSV со столбцом названия компании. Оставьте поле пустым, чтобы добавить партнёров позже (Файл → Импорт).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="170" />
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="171" />
      <source>Columns are recognised by their headings (Company, City, Employees…). Partners already in the project are skipped.</source>
      <translation>Столбцы распознаются по заголовкам (Компания, Город, Сотрудников…). Партнёры, которые уже есть в проекте, пропускаются.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="173" />
      <source>Skip rows with problems and import the rest</source>
      <translation>Пропустить строки с ошибками и импортировать остальные</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="174" />
      <source>Partner list of each segment</source>
      <translation>Список партнёров для каждого сегмента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="176" />
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="177" />
      <source>Choose the partner list of %1</source>
      <translation>Выбрать список партнёров для сегмента «%1»</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="208" />
      <source>Partner list</source>
      <translation>Список партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="209" />
      <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
      <translation>Таблицы (*.xlsx *.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="220" />
      <source>There is no file %1.</source>
      <translation>Файла %1 нет.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="222" />
      <source>Choose an Excel (.xlsx) or CSV file.</source>
      <translation>Выберите файл Excel (.xlsx) или CSV.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="226" />
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="248" />
      <source>This file cannot be imported: %1</source>
      <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="251" />
      <source>%1 rows: %2 new, %3 already in the project, %4 with problems.</source>
      <translation>Строк: %1; новых: %2; уже в проекте: %3; с ошибками: %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="255" />
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="273" />
      <source>%1 has rows with problems: fix the file, or tick “Skip rows with problems”.</source>
      <translation>В файле %1 есть строки с ошибками: исправьте файл или отметьте «Пропустить строки с ошибками».</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="264" />
      <source>no partner list</source>
      <translation>список не выбран</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="289" />
      <source>Importing partners…</source>
      <translation>Импорт партнёров…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="290" />
      <source>%1 partners imported</source>
      <translation>импортировано партнёров: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="291" />
      <source>Stopped. Lists imported before the stop stay; press Import again for the rest (partners already in the project are skipped).</source>
      <translation>Остановлено. Списки, импортированные до остановки, сохранены; нажмите «Импортировать» ещё раз для остальных (партнёры, которые уже есть в проекте, пропускаются).</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="43" />
      <source>no company name</source>
      <translation>нет названия компании</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="44" />
      <source>“%1” is not a number</source>
      <translation>«%1» — не число</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="46" />
      <source>“%1” does not look like a website</source>
      <translation>«%1» не похоже на адрес сайта</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="47" />
      <source>“%1” is not an e-mail</source>
      <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="49" />
      <source>%1 is not a rating from 1 to 5</source>
      <translation>%1 — не оценка от 1 до 5</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="50" />
      <source>%1 is out of range</source>
      <translation>%1 — вне допустимого диапазона</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="52" />
      <source>already in the project as “%1” (id %2)</source>
      <translation>уже есть в проекте как «%1» (id %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="54" />
      <source>same as row %1 of this file</source>
      <translation>совпадает со строкой %1 этого файла</translation>
    </message>
  </context>
  <context>
    <name>InterviewTableModel</name>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="27" />
      <source>planned</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="28" />
      <source>in progress</source>
      <translation>идёт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="29" />
      <source>done</source>
      <translation>проведено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="78" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="78" />
      <source>Segment</source>
      <translation>Сегмент</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="79" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="79" />
      <source>Interviewer</source>
      <translation>Интервьюер</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="80" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="80" />
      <source>Jobs</source>
      <translation>Работы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="81" />
      <source>Pains</source>
      <translation>Боли</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="81" />
      <source>Gains</source>
      <translation>Выгоды</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/interviews.py" line="82" />
      <source>Statements</source>
      <translation>Всего</translation>
    </message>
  </context>
  <context>
    <name>InterviewsScreen</name>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="159" />
      <source>Filter interviews by partner</source>
      <extracomment>date, interviewer, status: as wide as their contents the first time there are rows the reads of the screen: the newest is shown the last read shown (tests look at the thread it was read in); an interview to select once read</extracomment>
      <translation>Отбор интервью по партнёру</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="160" />
      <source>Interviews</source>
      <translation>Интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="161" />
      <source>Filter by partner (Ctrl+F)</source>
      <translation>Фильтр по партнёру (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="163" />
      <source>Plan…</source>
      <translation>Запланировать…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="163" />
      <source>Plan interview (Ins)</source>
      <translation>Запланировать (Ins)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="164" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="164" />
      <source>Open (Enter)</source>
      <translation>Открыть (Enter)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="165" />
      <source>Search…</source>
      <translation>Поиск…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="165" />
      <source>Search statements (Ctrl+Shift+F)</source>
      <translation>Поиск по высказываниям (Ctrl+Shift+F)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="166" />
      <source>Guides…</source>
      <translation>Гайды…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="166" />
      <source>Guides (Ctrl+G)</source>
      <translation>Гайды (Ctrl+G)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="170" />
      <location filename="../../workbench/ui/interviews/screen.py" line="378" />
      <source>Plan an interview</source>
      <translation>Запланировать интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="171" />
      <source>Open the interview</source>
      <translation>Открыть интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="172" />
      <source>Search statements</source>
      <translation>Поиск по высказываниям</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="173" />
      <source>Filter interviews</source>
      <translation>Фильтр интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="174" />
      <source>Edit interview guides</source>
      <translation>Редактировать гайды интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="175" />
      <source>Delete a planned interview</source>
      <translation>Удалить запланированное интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="176" />
      <source>Resume the interview in progress</source>
      <translation>Вернуться к идущему интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="290" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="177" />
      <source>Resume</source>
      <translation>Продолжить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="178" />
      <source>Resume (Ctrl+R)</source>
      <translation>Продолжить (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="179" />
      <source>No interviews yet</source>
      <translation>Интервью пока нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="180" />
      <source>Plan an interview with one of your partners, then open it to take notes from the keyboard.</source>
      <translation>Запланируйте интервью с одним из партнёров, затем откройте его и ведите заметки с клавиатуры.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="181" />
      <source>Plan interview</source>
      <translation>Запланировать интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="250" />
      <source>All segments</source>
      <translation>Все сегменты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="251" />
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="252" />
      <source>All interviewers</source>
      <translation>Все интервьюеры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="280" />
      <source>Interview in progress: %1 — %2 statements saved</source>
      <translation>Идёт: %1 (%2 высказ.)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="293" />
      <source>%1 of %2 interviews</source>
      <translation>Интервью: %1 из %2</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="354" />
      <source>Add partners first: an interview is planned with a partner.</source>
      <translation>Сначала добавьте партнёров: интервью планируется с партнёром.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="389" />
      <source>Only an interview without notes can be deleted here.</source>
      <translation>Здесь можно удалить только интервью без заметок.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/screen.py" line="407" />
      <source>Delete the interview</source>
      <translation>Удалить интервью</translation>
    </message>
  </context>
  <context>
    <name>ItemDetail</name>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="110" />
      <source>Item details</source>
      <extracomment>a card was asked for (double-click on a quote): the card id the user wants to edit the description of the shown item the user wants to choose the cards behind the shown item</extracomment>
      <translation>Сведения об элементе</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="111" />
      <source>Why this rank</source>
      <translation>Почему такой ранг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="112" />
      <source>Edit description…</source>
      <translation>Изменить описание…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="113" />
      <source>Link cards… (L)</source>
      <translation>Связать с карточками… (L)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="114" />
      <location filename="../../workbench/ui/backlog/detail.py" line="116" />
      <source>What partners said</source>
      <translation>Что говорили партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="115" />
      <source>Priority across survey rounds</source>
      <translation>Приоритет по раундам опросов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="123" />
      <source>No item selected</source>
      <translation>Пункт не выбран</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="124" />
      <source>Pick an item to see why it ranks where it does and who asked for it.</source>
      <translation>Выберите пункт, чтобы увидеть, почему у него такой ранг и кто из партнёров о нём просил.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="135" />
      <source>release: %1</source>
      <translation>релиз: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="140" />
      <source>Rejected: %1</source>
      <translation>Отклонён: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="149" />
      <source>Rank %1</source>
      <translation>Ранг %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="149" />
      <source>Not ranked</source>
      <translation>Без ранга</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="151" />
      <source>pinned by hand (computed order ignored)</source>
      <translation>закреплён вручную (расчётный порядок не учитывается)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="154" />
      <source>WSJF = (business value + time criticality + risk reduction) / job size</source>
      <translation>WSJF = (ценность + срочность + снижение риска) / размер работы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="156" />
      <source>RICE = reach × impact × confidence / effort</source>
      <translation>RICE = охват × влияние × уверенность / усилия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="161" />
      <source>entered by hand</source>
      <translation>введено вручную</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="161" />
      <source>not entered yet</source>
      <translation>ещё не введено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="170" />
      <source>No score yet: enter the effort (press E).</source>
      <translation>Оценки пока нет: укажите усилия (клавиша E).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="171" />
      <source>score</source>
      <translation>оценка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="178" />
      <source>What partners said (%1)</source>
      <translation>Что говорили партнёры (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="181" />
      <source>Asked by %1 partners: %2</source>
      <translation>Просили партнёров — %1: %2</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="184" />
      <source>No partner has said anything behind this item yet: link cards (L).</source>
      <translation>За этим пунктом пока нет высказываний партнёров: свяжите его с карточками (L).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="190" />
      <source>No survey round has rated this item yet.</source>
      <translation>Этот пункт ещё не оценивали в опросах.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/detail.py" line="200" />
      <source>The chart could not be drawn.</source>
      <translation>Не удалось построить график.</translation>
    </message>
  </context>
  <context>
    <name>ItemsPanel</name>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="40" />
      <source>status</source>
      <translation>статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="40" />
      <source>effort</source>
      <translation>усилия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="41" />
      <source>release</source>
      <translation>релиз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="41" />
      <source>pillar</source>
      <translation>опору</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="42" />
      <source>owner</source>
      <translation>ответственного</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="42" />
      <source>title</source>
      <translation>название</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="43" />
      <source>pinned rank</source>
      <translation>закреплённый ранг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="44" />
      <source>description</source>
      <translation>описание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="76" />
      <source>Backlog</source>
      <translation>Бэклог</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="134" />
      <source>Reject</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="134" />
      <source>Why are these items rejected?</source>
      <translation>Почему эти пункты отклонены?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="135" />
      <source>Why is this item rejected?</source>
      <translation>Почему этот пункт отклонён?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="150" />
      <source>Set %1 of %2 items</source>
      <translation>Изменить %1 у %2 пунктов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="153" />
      <source>Set %1</source>
      <translation>Изменить %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="165" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="166" />
      <source>Description of #%1:</source>
      <translation>Описание пункта №%1:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="192" />
      <source>Link cards</source>
      <translation>Связь с карточками</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="200" />
      <source>Reorder items</source>
      <translation>Изменить порядок пунктов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="209" />
      <source>The items are already in rank order.</source>
      <translation>Пункты уже упорядочены по рангу.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="212" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="233" />
      <source>Order by rank</source>
      <translation>По рангу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="217" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="250" />
      <source>New backlog item</source>
      <translation>Новый пункт бэклога</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="217" />
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="233" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="230" />
      <source>New item</source>
      <translation>Новый пункт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="253" />
      <source>Delete %n items</source>
      <translation>Удалить пункты: %n</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="279" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="244" />
      <source>Set status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="284" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="246" />
      <source>Set release</source>
      <translation>Релиз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="285" />
      <source>Set pillar</source>
      <translation>Опора</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="290" />
      <source>Set owner…</source>
      <translation>Ответственный…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="291" />
      <source>Set effort…</source>
      <translation>Усилия…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="292" />
      <source>Pin rank…</source>
      <translation>Закрепить ранг…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="293" />
      <source>Unpin rank</source>
      <translation>Открепить ранг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="294" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="295" />
      <source>Excel workbook (.xlsx)…</source>
      <translation>Книга Excel (.xlsx)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="295" />
      <source>CSV (.csv)…</source>
      <translation>CSV (.csv)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="296" />
      <source>Jira import CSV…</source>
      <translation>CSV для импорта в Jira…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="296" />
      <source>Markdown (.md)…</source>
      <translation>Markdown (.md)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="299" />
      <source>Release notes (.md)…</source>
      <translation>Заметки к релизам (.md)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="303" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="177" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="277" />
      <source>No release</source>
      <extracomment>a chart drawn up to this much wider (or half this much narrower) than the panel now is kept, not drawn again the panel asks the screen to open another tab ("capabilities", "surveys", ...) what the chart shows (item, title, labels, points) and how wide it was drawn: an unchanged chart is kept the reads of the panel: the newest is shown ids to select (and the current one) once the reload on its way is shown the current item's details as read with the rows (valid until the next reload) the last read shown (tests look at the thread it was read in)</extracomment>
      <translation>Без релиза</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="307" />
      <source>Set owner</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="307" />
      <source>Owner of the selected items:</source>
      <translation>Ответственный за выбранные пункты:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="312" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="245" />
      <source>Set effort</source>
      <translation>Усилия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="312" />
      <source>Effort (person-weeks) of the selected items:</source>
      <translation>Усилия (человеко-недели) выбранных пунктов:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="317" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="248" />
      <source>Pin rank</source>
      <translation>Закрепить ранг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="317" />
      <source>Rank to pin the selected items at:</source>
      <translation>Ранг, на котором закрепить выбранные пункты:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="325" />
      <source>Export the backlog</source>
      <translation>Экспорт бэклога</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="335" />
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="336" />
      <location filename="../../workbench/ui/backlog/item_actions.py" line="354" />
      <source>Exported to %1</source>
      <translation>Сохранено в %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="341" />
      <source>Release notes</source>
      <translation>Заметки к релизам</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="359" />
      <source>Prioritise by %1</source>
      <translation>Приоритизация по %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="370" />
      <source>Weight reach by profile score</source>
      <translation>Учитывать профиль партнёра в охвате</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="387" />
      <source>Running the gap analysis…</source>
      <translation>Идёт анализ разрывов…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="412" />
      <source>Gap analysis</source>
      <translation>Анализ разрывов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="413" />
      <source>Gap analysis: %1 cards examined, %2 covered by capabilities, %3 gaps, %4 new items proposed, %5 already in the backlog.</source>
      <translation>Анализ разрывов: проверено карточек — %1, закрыто возможностями — %2, разрывов — %3, предложено новых пунктов — %4, уже в бэклоге — %5.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/item_actions.py" line="419" />
      <source>%1 value-map cards match no capability and have no evidence; link them to a capability on the Capabilities tab.</source>
      <translation>Карточек карты ценности без подходящей возможности и без доказательств: %1; свяжите их с возможностями на вкладке «Возможности».</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="226" />
      <source>Search backlog items</source>
      <translation>Поиск по бэклогу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="227" />
      <source>Backlog items</source>
      <translation>Элементы бэклога</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="228" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="251" />
      <location filename="../../workbench/ui/backlog/items_panel.py" line="258" />
      <source>Run gap analysis</source>
      <translation>Анализ разрывов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="229" />
      <source>Compare the boards with the capabilities and propose items (Ctrl+G)</source>
      <translation>Сравнить доски с возможностями и предложить пункты (Ctrl+G)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="232" />
      <source>Bulk edit</source>
      <translation>Массовая правка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="234" />
      <source>Put the items in the computed rank order (then drag to adjust)</source>
      <translation>Расставить пункты в расчётном порядке (затем можно поправить перетаскиванием)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="235" />
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="236" />
      <source>Prioritise by RICE or WSJF (for the whole project)</source>
      <translation>Приоритизация по RICE или WSJF (для всего проекта)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="237" />
      <source>Weighted reach</source>
      <translation>Взвешенный охват</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="238" />
      <source>Weight reach by the partners' profile scores</source>
      <translation>Учитывать в охвате оценку профиля партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="239" />
      <source>Filter items… (Ctrl+F)</source>
      <translation>Фильтр пунктов… (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="240" />
      <source>Hide closed</source>
      <translation>Скрыть закрытые</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="241" />
      <source>Hide released and rejected items</source>
      <translation>Скрыть выпущенные и отклонённые пункты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="242" />
      <source>Next item</source>
      <translation>Следующий пункт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="243" />
      <source>Previous item</source>
      <translation>Предыдущий пункт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="247" />
      <source>Link cards…</source>
      <translation>Связать с карточками…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="249" />
      <source>Delete item</source>
      <translation>Удалить пункт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="252" />
      <source>Filter items</source>
      <translation>Фильтр пунктов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="253" />
      <source>J/K move · S status · E effort · R release · L cards · P pin rank · drag rows to reorder</source>
      <translation>J/K — переход · S — статус · E — усилия · R — релиз · L — карточки · P — закрепить ранг · перетаскивайте строки, чтобы изменить порядок</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="255" />
      <source>No backlog items yet</source>
      <translation>В бэклоге пока пусто</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="256" />
      <source>Run the gap analysis: it compares the value maps of the boards and the severe pains with the capability inventory and proposes an item for every gap. Or add one with Ctrl+N.</source>
      <translation>Запустите анализ разрывов: он сравнит карты ценности досок и острые боли с перечнем возможностей и предложит пункт для каждого разрыва. Или добавьте пункт вручную — Ctrl+N.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="275" />
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="276" />
      <source>All pillars</source>
      <translation>Все опоры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="277" />
      <source>Any release</source>
      <translation>Любой релиз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="343" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="347" />
      <source>%1 of %2 items</source>
      <translation>%1 из %2 пунктов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="440" />
      <source>No survey rounds yet: import one on the Survey rounds tab.</source>
      <translation>Опросов пока нет: импортируйте раунд на вкладке «Опросы».</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="443" />
      <source>Score</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="444" />
      <source>Before surveys</source>
      <translation>До опросов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/items_panel.py" line="482" />
      <source>Drawing…</source>
      <translation>Рисую…</translation>
    </message>
  </context>
  <context>
    <name>Kinds</name>
    <message>
      <location filename="../../workbench/ui/models/statements.py" line="23" />
      <source>Job</source>
      <translation>Работа</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statements.py" line="24" />
      <source>Pain</source>
      <translation>Боль</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statements.py" line="25" />
      <source>Gain</source>
      <translation>Выгода</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statements.py" line="26" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statements.py" line="28" />
      <source>Untagged</source>
      <translation>Без метки</translation>
    </message>
  </context>
  <context>
    <name>LocationPage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="104" />
      <source>Where to keep the project</source>
      <translation>Где хранить проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="105" />
      <source>A project is one file: everything you research goes into it. You can copy it, back it up or send it to a colleague.</source>
      <translation>Проект — это один файл: в нём всё исследование. Его можно скопировать, сохранить в резервную копию или отправить коллеге.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="107" />
      <source>Project &amp;file:</source>
      <translation>&amp;Файл проекта:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="108" />
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="109" />
      <source>Choose where to save the project file</source>
      <translation>Выбрать, где сохранить файл проекта</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="113" />
      <source>New Project</source>
      <translation>Новый проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="114" />
      <source>Workbench projects (*%1)</source>
      <translation>Проекты Workbench (*%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="126" />
      <source>Choose where to save the project file.</source>
      <translation>Укажите, где сохранить файл проекта.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="129" />
      <source>The folder %1 does not exist.</source>
      <translation>Папки %1 не существует.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="131" />
      <source>%1 already exists: choose another name.</source>
      <translation>%1 уже существует: выберите другое имя.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="270" />
      <source>&amp;File</source>
      <extracomment>emitted once, after the first paint (of the opening page, when the window opens its project itself) emitted once, after the first paint with the project open and its first screen loaded what changed while a loaded screen was out of view, by screen key (applied when it is shown)</extracomment>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="271" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="272" />
      <source>&amp;Import</source>
      <translation>&amp;Импорт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="273" />
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="274" />
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="275" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="276" />
      <source>&amp;Theme</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="277" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="278" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="279" />
      <source>&amp;New Project…</source>
      <translation>&amp;Новый проект…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="280" />
      <source>&amp;Open Project…</source>
      <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="281" />
      <source>Open &amp;Team Project…</source>
      <translation>Открыть &amp;командный проект…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="282" />
      <source>Save a &amp;Copy…</source>
      <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="283" />
      <source>Restore from &amp;Backup…</source>
      <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="284" />
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="285" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="286" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="287" />
      <location filename="../../workbench/ui/main_window.py" line="290" />
      <source>Follow the &amp;System</source>
      <translation>Как в &amp;системе</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="288" />
      <source>&amp;Light</source>
      <translation>&amp;Светлая</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="289" />
      <source>&amp;Dark</source>
      <translation>&amp;Тёмная</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="293" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="294" />
      <source>&amp;About Workbench</source>
      <translation>&amp;О программе Workbench</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="295" />
      <source>Command &amp;Palette…</source>
      <translation>&amp;Палитра команд…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="296" />
      <source>&amp;Search Statements…</source>
      <translation>&amp;Поиск по высказываниям…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="297" />
      <source>Guided &amp;Tour</source>
      <translation>&amp;Обзор программы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="308" />
      <source>Screens</source>
      <translation>Экраны</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="375" />
      <source>Reopened the interview that was open when Workbench last stopped.</source>
      <translation>Открыто интервью, которое было открыто, когда Workbench в прошлый раз остановился.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="422" />
      <source>Workbench projects (*%1);;All files (*)</source>
      <translation>Проекты Workbench (*%1);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="442" />
      <source>Created %1</source>
      <translation>Создан проект %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="448" />
      <location filename="../../workbench/ui/main_window.py" line="461" />
      <source>Open Project</source>
      <translation>Открыть проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="483" />
      <source>No recent projects</source>
      <translation>Недавних проектов нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="504" />
      <location filename="../../workbench/ui/main_window.py" line="507" />
      <location filename="../../workbench/ui/main_window.py" line="514" />
      <source>Save a Copy</source>
      <translation>Сохранить копию</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="505" />
      <source>A team project lives on its server; use 'workbench db copy' to copy it to a file.</source>
      <translation>Командный проект хранится на сервере; чтобы скопировать его в файл, используйте «workbench db copy».</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="514" />
      <source>The copy could not be written: %1</source>
      <translation>Не удалось записать копию: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="517" />
      <source>Copy saved to %1</source>
      <translation>Копия сохранена: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="611" />
      <source>Everywhere</source>
      <translation>Везде</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="642" />
      <source>About Workbench</source>
      <translation>О программе Workbench</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="643" />
      <source>&lt;b&gt;Workbench %1&lt;/b&gt;&lt;p&gt;Partner research: interviews, Value Proposition Canvas boards, the partner backlog and the program structure. Everything stays on this computer.&lt;/p&gt;</source>
      <translation>&lt;b&gt;Workbench %1&lt;/b&gt;&lt;p&gt;Исследование партнёров: интервью, доски Value Proposition Canvas, партнёрский бэклог и структура программы. Все данные остаются на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="652" />
      <source>Opening the project…</source>
      <translation>Открываем проект…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="654" />
      <location filename="../../workbench/ui/main_window.py" line="661" />
      <source>Project: %1</source>
      <translation>Проект: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="665" />
      <source>All changes saved</source>
      <translation>Все изменения сохранены</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <location filename="../../workbench/ui/backlog/mapping_dialog.py" line="124" />
      <source>Header row:</source>
      <translation>Строка заголовка:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/mapping_dialog.py" line="156" />
      <source>(not in the file)</source>
      <translation>(нет в файле)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/mapping_dialog.py" line="158" />
      <source>column %1</source>
      <translation>столбец %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/mapping_dialog.py" line="163" />
      <source>%1: header on row %2, %3 data rows. Pick the column for each field; the preview shows the first rows of the file and where each column goes.</source>
      <translation>%1: заголовок в строке %2, строк с данными: %3. Выберите столбец для каждого поля; в предпросмотре — первые строки файла и куда пойдёт каждый столбец.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/mapping_dialog.py" line="168" />
      <source>Choose a column for: %1</source>
      <translation>Выберите столбец для: %1</translation>
    </message>
  </context>
  <context>
    <name>NamePage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="152" />
      <source>Name the research</source>
      <translation>Название исследования</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="153" />
      <source>Shown in the window title and on every export.</source>
      <translation>Показывается в заголовке окна и во всех выгрузках.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="154" />
      <source>Project &amp;name:</source>
      <translation>&amp;Название проекта:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="155" />
      <source>Partner program research, spring</source>
      <translation>Исследование партнёрской программы, весна</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="159" />
      <source>Give the project a name.</source>
      <translation>Дайте проекту название.</translation>
    </message>
  </context>
  <context>
    <name>NewProjectWizard</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="298" />
      <source>New Research Project</source>
      <translation>Новый исследовательский проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="299" />
      <source>&amp;Open the project</source>
      <translation>&amp;Открыть проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="300" />
      <source>S&amp;kip this step</source>
      <translation>П&amp;ропустить шаг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="302" />
      <location filename="../../workbench/ui/dialogs/new_project.py" line="395" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="302" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="335" />
      <source>Stopped: nothing of this step was saved.</source>
      <translation>Остановлено: ничего из этого шага не сохранено.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="391" />
      <location filename="../../workbench/ui/dialogs/new_project.py" line="393" />
      <source>The project was not created: %1</source>
      <translation>Проект не создан: %1</translation>
    </message>
  </context>
  <context>
    <name>OpeningPage</name>
    <message>
      <location filename="../../workbench/ui/firstpaint.py" line="156" />
      <source>Opening the project…</source>
      <extracomment>how long the read waits for a file another process is writing (it never waits for long: the project opens for real right after, and that waits as long as it has to) rows the page fills: more than a 1440-pixel-high window shows (the rest of the table has its height, empty) ``Qt.ItemDataRole.TextAlignmentRole``, ``Qt.AlignRight | Qt.AlignVCenter`` and ``Qt.ItemDataRole.ForegroundRole``, as numbers the project's name, as the title bar shows it the partners in the order the partners screen opens with (by rank)</extracomment>
      <translation>Открываем проект…</translation>
    </message>
  </context>
  <context>
    <name>PartnerDetailPanel</name>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="46" />
      <source>Partner details</source>
      <translation>Сведения о партнёре</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="47" />
      <source>Plan Interview…</source>
      <translation>Запланировать интервью…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="65" />
      <source>Select a partner to see its profile, contacts, interviews and history.</source>
      <translation>Выберите партнёра, чтобы увидеть профиль, контакты, интервью и историю.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="68" />
      <source>Profile score</source>
      <translation>Соответствие профилю</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="68" />
      <source>of %1</source>
      <translation>из %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="68" />
      <source>Profile</source>
      <translation>Профиль</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="69" />
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="69" />
      <source>No contacts yet.</source>
      <translation>Контактов пока нет.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="70" />
      <source>Interviews</source>
      <translation>Интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="70" />
      <source>Not interviewed yet: plan an interview below.</source>
      <translation>Интервью ещё не было: запланируйте его кнопкой ниже.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="71" />
      <source>%1 statements</source>
      <translation>высказываний: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="71" />
      <source>… and %1 more</source>
      <translation>… и ещё %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="72" />
      <source>Research status history</source>
      <translation>История статуса исследования</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="72" />
      <source>No changes recorded.</source>
      <translation>Изменений нет.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="136" />
      <source>job</source>
      <translation>работа</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="136" />
      <source>pain</source>
      <translation>боль</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="136" />
      <source>gain</source>
      <translation>выгода</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="137" />
      <source>other</source>
      <translation>другое</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="140" />
      <source>planned</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="140" />
      <source>in progress</source>
      <translation>идёт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="141" />
      <source>done</source>
      <translation>проведено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="147" />
      <source>city unknown</source>
      <translation>город неизвестен</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="147" />
      <source>employees unknown</source>
      <translation>штат неизвестен</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="148" />
      <source>clients unknown</source>
      <translation>число клиентов неизвестно</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="148" />
      <source>not rated</source>
      <translation>нет оценки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="150" />
      <source>%1 employees</source>
      <translation>сотрудников: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="152" />
      <source>%1 clients</source>
      <translation>клиентов: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="154" />
      <source>rated %1</source>
      <translation>оценка %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/detail.py" line="156" />
      <source>authority rank %1</source>
      <translation>место в рейтинге авторитета: %1</translation>
    </message>
  </context>
  <context>
    <name>PartnerLabels</name>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="11" />
      <source>Candidate</source>
      <translation>Кандидат</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="12" />
      <source>Invited</source>
      <translation>Приглашён</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="13" />
      <source>Scheduled</source>
      <translation>Назначено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="14" />
      <source>Interviewed</source>
      <translation>Проинтервьюирован</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="15" />
      <source>Synthesised</source>
      <translation>Обобщён</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="18" />
      <source>Geography</source>
      <translation>География</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="19" />
      <source>Business size</source>
      <translation>Размер бизнеса</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="20" />
      <location filename="../../workbench/ui/partners/labels.py" line="52" />
      <source>Technical capability</source>
      <translation>Технические компетенции</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="21" />
      <location filename="../../workbench/ui/partners/labels.py" line="53" />
      <source>Community authority</source>
      <translation>Авторитет в сообществе</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="22" />
      <location filename="../../workbench/ui/partners/labels.py" line="54" />
      <source>Similar experience</source>
      <translation>Опыт с похожими продуктами</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="23" />
      <source>Client base</source>
      <translation>Клиентская база</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="24" />
      <source>Market size</source>
      <translation>Размер рынка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="25" />
      <source>Accessibility</source>
      <translation>Доступность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="26" />
      <source>Strategic priority</source>
      <translation>Стратегический приоритет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="27" />
      <source>Cost to serve</source>
      <translation>Стоимость обслуживания</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="28" />
      <source>Client base overlap</source>
      <translation>Пересечение клиентских баз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="29" />
      <source>Share interviewed</source>
      <translation>Доля проинтервьюированных</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="30" />
      <source>Pain intensity</source>
      <translation>Острота болей</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="31" />
      <source>Board fit</source>
      <translation>Соответствие доски (fit)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="32" />
      <source>Volume of evidence</source>
      <translation>Объём свидетельств</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="33" />
      <source>Score</source>
      <translation>Балл</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="34" />
      <source>Ability to win</source>
      <translation>Способность выиграть</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="35" />
      <source>Attractiveness</source>
      <translation>Привлекательность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="38" />
      <source>Company</source>
      <translation>Компания</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="39" />
      <source>Segment</source>
      <translation>Сегмент</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="40" />
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="41" />
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="42" />
      <source>Website</source>
      <translation>Сайт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="43" />
      <source>Employees</source>
      <translation>Сотрудников</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="44" />
      <source>Clients</source>
      <translation>Клиентов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="45" />
      <source>Contact person</source>
      <translation>Контактное лицо</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="46" />
      <source>Role</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="47" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="48" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="49" />
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="50" />
      <source>Certification</source>
      <translation>Сертификация</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="51" />
      <source>Ecosystems</source>
      <translation>Экосистемы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="55" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="56" />
      <source>Research status</source>
      <translation>Статус исследования</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="57" />
      <source>Profile score</source>
      <translation>Балл профиля</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/labels.py" line="58" />
      <source>Rank</source>
      <translation>Место</translation>
    </message>
  </context>
  <context>
    <name>PartnersScreen</name>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="197" />
      <source>Search by name, city, website, notes (Ctrl+F)</source>
      <translation>Поиск по названию, городу, сайту, заметкам (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="199" />
      <source>Add…</source>
      <translation>Добавить…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="199" />
      <source>Add a partner by hand (Ins)</source>
      <translation>Добавить партнёра вручную (Ins)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="200" />
      <source>Import…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="200" />
      <source>Import partners from an .xlsx or .csv file (Ctrl+I)</source>
      <translation>Импортировать партнёров из файла .xlsx или .csv (Ctrl+I)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="201" />
      <source>Edit Selected…</source>
      <translation>Изменить выбранных…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="201" />
      <source>Set one field on every selected partner (Ctrl+E)</source>
      <translation>Задать одно поле всем выбранным партнёрам (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="202" />
      <source>Merge…</source>
      <translation>Объединить…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="202" />
      <source>Merge the selected duplicates into one partner (Ctrl+M)</source>
      <translation>Объединить выбранные дубликаты в одного партнёра (Ctrl+M)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="203" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="203" />
      <source>Delete the selected partners (Del); Ctrl+Z brings them back</source>
      <translation>Удалить выбранных партнёров (Del); Ctrl+Z вернёт их</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="204" />
      <source>Profile Weights…</source>
      <translation>Веса профиля…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="204" />
      <source>Edit the ideal-partner profile of the segment (Ctrl+Shift+W)</source>
      <translation>Настроить профиль идеального партнёра для сегмента (Ctrl+Shift+W)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="206" />
      <source>Invite Top N…</source>
      <translation>Пригласить лучших…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="206" />
      <source>Mark the best-scoring candidates of the segment as invited (Ctrl+T)</source>
      <translation>Отметить приглашёнными кандидатов сегмента с лучшим баллом (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="212" />
      <source>&amp;Partners…</source>
      <translation>&amp;Партнёры…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="213" />
      <source>Find Partners</source>
      <translation>Найти партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="214" />
      <source>No partners yet</source>
      <translation>Партнёров пока нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="215" />
      <source>Start from the list of candidate partners you already keep: import an .xlsx or .csv file (a title row, Russian headers and blank rows are fine), or add partners one by one with Ins.</source>
      <translation>Начните со списка кандидатов, который у вас уже есть: импортируйте файл .xlsx или .csv (строка с названием, русские заголовки и пустые строки не помешают) или добавляйте партнёров по одному клавишей Ins.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="217" />
      <source>Import a Spreadsheet…</source>
      <translation>Импортировать таблицу…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="309" />
      <source>All segments</source>
      <translation>Все сегменты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="310" />
      <source>All cities</source>
      <translation>Все города</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="311" />
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="312" />
      <source>All levels</source>
      <translation>Все уровни</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="331" />
      <source>%1 of %2</source>
      <translation>%1 из %2</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="196" />
      <location filename="../../workbench/ui/partners/screen.py" line="403" />
      <location filename="../../workbench/ui/partners/screen.py" line="539" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="195" />
      <source>Search partners</source>
      <extracomment>from this many partners on, a reload reads them off the UI thread (about 12 µs a partner: ~12 ms at 1,000) the table as read off the UI thread for the next reload (after an import), else None a reload reads the partners in a task when the table has (or will have) at least this many the reads of the table: the newest is shown</extracomment>
      <translation>Поиск партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="438" />
      <source>Edit partner</source>
      <translation>Изменение партнёра</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="461" />
      <source>Add partner</source>
      <translation>Добавление партнёра</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="471" />
      <source>Select the partners to edit first.</source>
      <translation>Сначала выберите партнёров.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="487" />
      <source>Edit %1 partners</source>
      <translation>Изменение партнёров: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="504" />
      <source>Delete %1 partners</source>
      <translation>Удаление партнёров: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="506" />
      <source>Deleted %1 partners. Ctrl+Z brings them back.</source>
      <translation>Удалено партнёров: %1. Ctrl+Z вернёт их.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="512" />
      <source>Select two or more partners to merge.</source>
      <translation>Выберите двух или больше партнёров для объединения.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="515" />
      <source>Merge Partners</source>
      <translation>Объединение партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="516" />
      <source>Keep this partner; the others' contacts, interviews and history move to it:</source>
      <translation>Оставить этого партнёра; контакты, интервью и история остальных перейдут к нему:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="530" />
      <source>Merge %1 partners</source>
      <translation>Объединение партнёров: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="539" />
      <source>Import partners into a segment first.</source>
      <translation>Сначала импортируйте партнёров в сегмент.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="543" />
      <source>Choose Segment</source>
      <translation>Выбор сегмента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="543" />
      <source>Segment:</source>
      <translation>Сегмент:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="557" />
      <source>Change profile weights</source>
      <translation>Изменение весов профиля</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="567" />
      <source>Invite Top Partners</source>
      <translation>Пригласить лучших партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="568" />
      <source>How many of the best-scoring partners of “%1” to invite for interviews:</source>
      <translation>Сколько партнёров сегмента «%1» с лучшим баллом пригласить на интервью:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="580" />
      <source>Invite top %1</source>
      <translation>Приглашение лучших: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="582" />
      <source>%1 partners marked invited.</source>
      <translation>Отмечено приглашёнными: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="589" />
      <location filename="../../workbench/ui/partners/screen.py" line="596" />
      <location filename="../../workbench/ui/partners/screen.py" line="630" />
      <location filename="../../workbench/ui/partners/screen.py" line="634" />
      <location filename="../../workbench/ui/partners/screen.py" line="643" />
      <source>Import Partners</source>
      <translation>Импорт партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="590" />
      <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
      <translation>Таблицы (*.xlsx *.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="626" />
      <source>Importing partners…</source>
      <translation>Импорт партнёров…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="635" />
      <source>Nothing was imported: %1 rows have problems.</source>
      <translation>Ничего не импортировано: строк с ошибками — %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="638" />
      <source>Imported %1 partners into “%2”; %3 duplicates and %4 invalid rows skipped.</source>
      <translation>Импортировано партнёров: %1 в сегмент «%2»; пропущено дубликатов: %3, строк с ошибками: %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="654" />
      <source>Import %1 partners</source>
      <translation>Импорт партнёров: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="655" />
      <source>Create segment “%1” by an import</source>
      <translation>Создание сегмента «%1» импортом</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="687" />
      <source>Plan interview</source>
      <translation>Планирование интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/screen.py" line="689" />
      <source>Interview planned.</source>
      <translation>Интервью запланировано.</translation>
    </message>
  </context>
  <context>
    <name>PartnersTableModel</name>
    <message>
      <location filename="../../workbench/ui/models/partners.py" line="146" />
      <source>Ideal-partner profile score (0–100) and rank within the partner's segment; select a partner to see how the score is made up.</source>
      <translation>Балл соответствия профилю идеального партнёра (0–100) и место внутри сегмента партнёра; выберите партнёра, чтобы увидеть, из чего сложился балл.</translation>
    </message>
  </context>
  <context>
    <name>PickDialog</name>
    <message>
      <location filename="../../workbench/ui/canvas/dialogs.py" line="110" />
      <source>Filter…</source>
      <translation>Фильтр…</translation>
    </message>
  </context>
  <context>
    <name>PillarColumn</name>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="89" />
      <source>%1 have · %2 partial · %3 missing</source>
      <translation>есть %1 · частично %2 · нет %3</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="96" />
      <source>Value map</source>
      <translation>Карта ценности</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderScreen</name>
    <message>
      <location filename="../../workbench/ui/screens/placeholder.py" line="40" />
      <source>This screen is not available in this version yet.</source>
      <translation>Этот экран появится в следующей версии.</translation>
    </message>
  </context>
  <context>
    <name>PlanInterviewDialog</name>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="76" />
      <source>Plan an interview</source>
      <translation>Запланировать интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="77" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="77" />
      <location filename="../../workbench/ui/partners/dialogs.py" line="176" />
      <source>Interviewer</source>
      <translation>Интервьюер</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="77" />
      <source>Date and time</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="78" />
      <source>Guide</source>
      <translation>Гайд</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="78" />
      <source>Mode</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="80" />
      <source>call</source>
      <translation>звонок</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="80" />
      <source>video</source>
      <translation>видеовстреча</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="80" />
      <source>meeting</source>
      <translation>встреча</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="82" />
      <location filename="../../workbench/ui/partners/dialogs.py" line="178" />
      <source>Plan</source>
      <translation>Запланировать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/plan_dialog.py" line="86" />
      <source>Choose a partner from the list.</source>
      <translation>Выберите партнёра из списка.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="171" />
      <source>Plan Interview — %1</source>
      <translation>Интервью — %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="177" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="511" />
      <source>Plan the interviews</source>
      <translation>Планирование интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="512" />
      <source>An interview is planned with every invited partner, back to back from the first day on. Move any of them later in Interviews.</source>
      <translation>С каждым приглашённым партнёром планируется интервью — одно за другим, начиная с первого дня. Любое можно потом перенести на экране «Интервью».</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="514" />
      <source>&amp;Plan</source>
      <translation>&amp;Запланировать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="515" />
      <source>&amp;Interviewer:</source>
      <translation>&amp;Интервьюер:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="515" />
      <source>&amp;First day:</source>
      <translation>&amp;Первый день:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="516" />
      <source>Day &amp;starts at:</source>
      <translation>&amp;Начало дня:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="516" />
      <source>Interviews &amp;a day:</source>
      <translation>Интервью в &amp;день:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="517" />
      <source>&amp;Duration:</source>
      <translation>&amp;Длительность:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="519" />
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="520" />
      <source>&amp;Weekdays only (Monday to Friday)</source>
      <translation>Только &amp;будни (с понедельника по пятницу)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="538" />
      <source>%1 invited partners are waiting for an interview.</source>
      <translation>Приглашённых партнёров без интервью: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="539" />
      <source>No invited partner is waiting for an interview: skip this step and plan interviews later (Interviews → Plan Interview…).</source>
      <translation>Нет приглашённых партнёров без интервью: пропустите этот шаг и запланируйте интервью позже (Интервью → Запланировать интервью…).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="555" />
      <source>%1 interviews from %2 to %3 (up to %5 a week), the last ending at %4.</source>
      <translation>Интервью: %1, с %2 по %3 (до %5 в неделю); последнее закончится в %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="562" />
      <source>no interviews planned</source>
      <translation>интервью не запланированы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="565" />
      <source>Name the interviewer.</source>
      <translation>Укажите интервьюера.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="573" />
      <source>The first day is in the past: choose today or later.</source>
      <translation>Первый день уже прошёл: выберите сегодняшний или более поздний.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="581" />
      <source>Planning interviews…</source>
      <translation>Планирование интервью…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="582" />
      <source>%1 interviews planned</source>
      <translation>запланировано интервью: %1</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="48" />
      <source>Speaker</source>
      <translation>Говорящий</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="48" />
      <source>Kind</source>
      <translation>Метка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/import_dialog.py" line="49" />
      <source>Statement</source>
      <translation>Высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="97" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="100" />
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="116" />
      <source>Duplicate, skipped: %1</source>
      <translation>Дубликат, пропускается: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/import_dialog.py" line="117" />
      <source>New</source>
      <translation>Новый</translation>
    </message>
  </context>
  <context>
    <name>ProcessWorker</name>
    <message>
      <location filename="../../workbench/ui/procworker.py" line="188" />
      <source>The export worker could not be started: %1</source>
      <extracomment>how often the pipe is read while a job runs the worker has imported its libraries and waits for jobs</extracomment>
      <translation>Не удалось запустить процесс экспорта: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/procworker.py" line="257" />
      <location filename="../../workbench/ui/procworker.py" line="288" />
      <source>The export worker stopped; try again.</source>
      <translation>Процесс экспорта остановился; попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/procworker.py" line="354" />
      <source>The export stopped unexpectedly (the worker process exited). Try again.</source>
      <translation>Экспорт неожиданно прервался (процесс экспорта завершился). Попробуйте ещё раз.</translation>
    </message>
  </context>
  <context>
    <name>ProgramScreen</name>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="227" />
      <source>Partner program structure</source>
      <extracomment>the card list the card box holds now (filled again only when a read brings another one) the reads of the screen: the newest is shown the last read shown (tests look at the thread it was read in) an element asked for (open_item) before the read that holds it was shown</extracomment>
      <translation>Структура партнёрской программы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="228" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="229" />
      <source>&amp;Program Structure (PDF)…</source>
      <translation>&amp;Структура программы (PDF)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="230" />
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="231" />
      <source>Excel workbook (.xlsx)…</source>
      <translation>Книга Excel (.xlsx)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="231" />
      <source>Markdown (.md)…</source>
      <translation>Markdown (.md)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="232" />
      <source>PDF for leadership (.pdf)…</source>
      <translation>PDF для руководства (.pdf)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="237" />
      <source>Status:</source>
      <translation>Статус:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="238" />
      <source>Card:</source>
      <translation>Карточка:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="239" />
      <source>The card whose evidence stands behind this element</source>
      <translation>Карточка, доказательства которой стоят за элементом</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="244" />
      <source>Backlog items it needs (double-click to open)</source>
      <translation>Нужные пункты бэклога (двойной щелчок — открыть)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="245" />
      <source>What partners said</source>
      <translation>Что говорили партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="258" />
      <source>Program</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="339" />
      <source>Pick an element to see the evidence behind it and the backlog items it needs.</source>
      <translation>Выберите элемент, чтобы увидеть доказательства и нужные для него пункты бэклога.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="349" />
      <source>card: %1</source>
      <translation>карточка: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="351" />
      <source>not linked to a card yet</source>
      <translation>пока не связан с карточкой</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="359" />
      <source>No card</source>
      <translation>Без карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="365" />
      <source>What partners said (%1 statements, %2 partners)</source>
      <translation>Что говорили партнёры (высказываний: %1, партнёров: %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="386" />
      <source>Link program element to a card</source>
      <translation>Связь элемента программы с карточкой</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="397" />
      <source>Set program element status</source>
      <translation>Статус элемента программы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="407" />
      <source>Export the program structure</source>
      <translation>Экспорт структуры программы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="416" />
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/program/screen.py" line="417" />
      <source>Exported to %1</source>
      <translation>Сохранено в %1</translation>
    </message>
  </context>
  <context>
    <name>QdpxActions</name>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="46" />
      <source>Exchange interviews and their coding with QualCoder, NVivo, ATLAS.ti and MAXQDA</source>
      <translation>Обмен интервью и их разметкой с QualCoder, NVivo, ATLAS.ti и MAXQDA</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="48" />
      <source>&amp;REFI-QDA Project (.qdpx)…</source>
      <translation>Проект &amp;REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="54" />
      <source>REFI-QDA project (*.qdpx);;All files (*)</source>
      <translation>Проект REFI-QDA (*.qdpx);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="74" />
      <location filename="../../workbench/ui/exchange.py" line="84" />
      <source>Export REFI-QDA Project</source>
      <translation>Экспорт проекта REFI-QDA</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="91" />
      <source>REFI-QDA project saved to %1: %2 interviews, %3 codings, %4 cases</source>
      <translation>Проект REFI-QDA сохранён в %1: интервью — %2, меток — %3, кейсов — %4</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="95" />
      <source>Exporting the REFI-QDA project…</source>
      <translation>Экспорт проекта REFI-QDA…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="102" />
      <location filename="../../workbench/ui/exchange.py" line="110" />
      <source>Import REFI-QDA Project</source>
      <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="125" />
      <source>Imported %1 interviews with %2 statements (%3 tagged) from %4.</source>
      <translation>Из %4 импортировано интервью: %1, высказываний: %2 (с типом: %3).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="128" />
      <source>Partners: %1 new, %2 already in the project.</source>
      <translation>Партнёры: новых — %1, уже были в проекте — %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="135" />
      <source>…and %1 more.</source>
      <translation>…и ещё %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="137" />
      <source>Not imported:</source>
      <translation>Не импортировано:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/exchange.py" line="139" />
      <source>Importing the REFI-QDA project…</source>
      <translation>Импорт проекта REFI-QDA…</translation>
    </message>
  </context>
  <context>
    <name>ReleasesPanel</name>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="146" />
      <source>Releases, in order</source>
      <translation>Релизы по порядку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="147" />
      <source>New release…</source>
      <translation>Новый релиз…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="148" />
      <source>Rename…</source>
      <translation>Переименовать…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="149" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="150" />
      <source>Earlier</source>
      <translation>Раньше</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="151" />
      <source>Later</source>
      <translation>Позже</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="152" />
      <source>Date…</source>
      <translation>Дата…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="153" />
      <source>Notes…</source>
      <translation>Заметки…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="154" />
      <source>Release notes (Markdown)</source>
      <translation>Заметки к релизу (Markdown)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="155" />
      <source>Export release notes…</source>
      <translation>Экспорт заметок к релизу…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="156" />
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="264" />
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="277" />
      <source>New release</source>
      <translation>Новый релиз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="143" />
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="172" />
      <source>Releases</source>
      <extracomment>the reads of the panel: the newest is shown a release to select once the reload on its way is shown release notes read since the last reload, by release; the one shown; the notes task in flight</extracomment>
      <translation>Релизы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="144" />
      <source>Items in the release</source>
      <translation>Элементы релиза</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="223" />
      <source>No releases yet: add one, then give items a release with R on the Items tab.</source>
      <translation>Релизов пока нет: добавьте релиз, затем назначайте его пунктам клавишей R на вкладке «Пункты».</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="228" />
      <source>Items of %1 (drag to order them)</source>
      <translation>Пункты релиза %1 (перетаскивайте, чтобы упорядочить)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="235" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="264" />
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="288" />
      <source>Name of the release:</source>
      <translation>Название релиза:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="288" />
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="296" />
      <source>Rename release</source>
      <translation>Переименовать релиз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="315" />
      <source>Release date</source>
      <translation>Дата релиза</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="315" />
      <source>Target date (YYYY-MM-DD, empty for none):</source>
      <translation>Плановая дата (ГГГГ-ММ-ДД, пусто — без даты):</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="324" />
      <source>“%1” is not a date like 2026-03-31.</source>
      <translation>«%1» — не дата вида 2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="326" />
      <source>Set release date</source>
      <translation>Дата релиза</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="145" />
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="334" />
      <source>Release notes</source>
      <translation>Заметки к релизу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="334" />
      <source>What this release is about:</source>
      <translation>О чём этот релиз:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="336" />
      <source>Edit release notes</source>
      <translation>Заметки к релизу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="348" />
      <source>Delete release</source>
      <translation>Удалить релиз</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="366" />
      <source>Reorder releases</source>
      <translation>Изменить порядок релизов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="370" />
      <source>Reorder items</source>
      <translation>Изменить порядок пунктов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="386" />
      <source>Export release notes</source>
      <translation>Экспорт заметок к релизу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/releases_panel.py" line="401" />
      <source>Release notes written to %1</source>
      <translation>Заметки к релизу сохранены в %1</translation>
    </message>
  </context>
  <context>
    <name>RemoteUpdates</name>
    <message>
      <location filename="../../workbench/ui/remote.py" line="118" />
      <source>Updated with changes from your team</source>
      <extracomment>someone else committed a change (emitted from the worker; delivered on the UI thread) the server went away (False, reason) or came back (True, "") notes kept during an outage were sent (how many, how many still wait, why it stopped)</extracomment>
      <translation>Обновлено: изменения коллег</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/remote.py" line="123" />
      <source>Connected to the team server again</source>
      <translation>Связь с командным сервером восстановлена</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/remote.py" line="126" />
      <source>The team server cannot be reached (%1); retrying. Notes you type are kept on this computer.</source>
      <translation>Командный сервер недоступен (%1); повторяем попытки. Заметки, которые вы вводите, сохраняются на этом компьютере.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/remote.py" line="133" />
      <source>%1 notes typed offline were sent; %2 still wait: %3</source>
      <translation>Отправлено заметок, набранных без связи: %1; ещё ждут: %2 — %3</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/remote.py" line="136" />
      <source>%1 notes typed offline were sent to the team server</source>
      <translation>Заметки, набранные без связи, отправлены на командный сервер: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="159" />
      <location filename="../../workbench/ui/dialogs/restore.py" line="199" />
      <location filename="../../workbench/ui/dialogs/restore.py" line="235" />
      <source>Restore from Backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="161" />
      <source>Workbench backs the project up when it is opened, every few minutes while you work, and before updates and imports. Restore a backup into a new file to look at it, or replace the open project with it; the current state is backed up first, so a restore can be undone from this list.</source>
      <translation>Workbench делает резервную копию проекта при открытии, каждые несколько минут во время работы, а также перед обновлениями и импортом. Восстановите копию в новый файл, чтобы посмотреть её, или замените ею открытый проект: текущее состояние сначала сохраняется в копию, так что восстановление можно отменить из этого же списка.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="164" />
      <source>Restore as &amp;New File…</source>
      <translation>Восстановить в &amp;новый файл…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="165" />
      <source>&amp;Replace Current Project…</source>
      <translation>&amp;Заменить текущий проект…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="166" />
      <source>&amp;Back Up Now</source>
      <translation>&amp;Сделать копию сейчас</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="167" />
      <source>Backups</source>
      <translation>Резервные копии</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="169" />
      <source>No backups here</source>
      <translation>Здесь нет резервных копий</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="170" />
      <source>A team project lives on its server and is backed up there, not on this computer.</source>
      <translation>Командный проект хранится на сервере, и резервные копии делаются там, а не на этом компьютере.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="172" />
      <source>No backups yet</source>
      <translation>Резервных копий пока нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="173" />
      <source>Backups appear here once the project has been opened with changes, or press Back Up Now. They are kept in the 'backups' folder beside the project: the newest few, then one a day, one a week and one a month.</source>
      <translation>Копии появятся здесь, когда проект будет открыт после изменений, — или нажмите «Сделать копию сейчас». Они хранятся в папке «backups» рядом с проектом: несколько последних, затем по одной за день, за неделю и за месяц.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="212" />
      <source>Backed up to %1</source>
      <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="223" />
      <source>Restore as New File</source>
      <translation>Восстановить в новый файл</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="224" />
      <source>Workbench projects (*%1)</source>
      <translation>Проекты Workbench (*%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="236" />
      <source>The backup was restored into %1. Open it now?</source>
      <translation>Резервная копия восстановлена в %1. Открыть её сейчас?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="250" />
      <source>Replace Current Project</source>
      <translation>Замена текущего проекта</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="251" />
      <source>Replace the open project with the backup of %1? Its current state is backed up first, so you can come back to it from this list. The undo history is cleared.</source>
      <translation>Заменить открытый проект резервной копией от %1? Текущее состояние сначала будет сохранено в копию, и к нему можно будет вернуться из этого списка. История отмены будет очищена.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/restore.py" line="263" />
      <source>Restored the backup of %1</source>
      <translation>Восстановлена резервная копия от %1</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <location filename="../../workbench/ui/models/statement_review.py" line="27" />
      <source>Statement</source>
      <translation>Высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statement_review.py" line="27" />
      <source>Suggested kind</source>
      <translation>Подсказка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statement_review.py" line="28" />
      <source>Confidence</source>
      <translation>Уверенность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statement_review.py" line="28" />
      <source>Decision</source>
      <translation>Решение</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statement_review.py" line="71" />
      <source>accepted</source>
      <translation>принято</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/statement_review.py" line="72" />
      <source>rejected</source>
      <translation>отклонено</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="115" />
      <source>Statements to review</source>
      <translation>Высказывания для проверки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="116" />
      <source>Summary</source>
      <translation>Итоги</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="117" />
      <source>Next steps</source>
      <translation>Следующие шаги</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="118" />
      <source>Save summary (Ctrl+S)</source>
      <translation>Сохранить итоги (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="119" />
      <source>Suggest kinds</source>
      <translation>Подсказать метки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="121" />
      <source>In the list: A accepts the suggestion, R rejects it, 1 job, 2 pain, 3 gain, 4 other. Ctrl+Z undoes.</source>
      <translation>В списке: A — принять подсказку, R — отклонить, 1 работа, 2 боль, 3 выгода, 4 другое. Ctrl+Z — отменить.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="147" />
      <source>Untagged statements to review: %1</source>
      <translation>Высказывания без метки на разбор: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="158" />
      <source>Suggestions accepted: %1 of %2 (%3%)</source>
      <translation>Подсказок принято: %1 из %2 (%3%)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="161" />
      <source>No suggestions decided yet</source>
      <translation>По подсказкам ещё нет решений</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="172" />
      <source>Edit the summary</source>
      <translation>Изменить итоги</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="177" />
      <source>Summary saved</source>
      <translation>Итоги сохранены</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="191" />
      <source>Suggesting kinds…</source>
      <translation>Подбираем метки…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="229" />
      <source>Accept the suggestion</source>
      <translation>Принять подсказку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="229" />
      <source>Reject the suggestion</source>
      <translation>Отклонить подсказку</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/review.py" line="239" />
      <source>Tag the statement</source>
      <translation>Пометить высказывание</translation>
    </message>
  </context>
  <context>
    <name>Screens</name>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="36" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="37" />
      <source>The registry of candidate partners: import a spreadsheet, score partners against the ideal profile and pick the top ones to interview.</source>
      <translation>Реестр кандидатов в партнёры: импортируйте таблицу, оцените партнёров по идеальному профилю и выберите лучших для интервью.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="41" />
      <source>Interviews</source>
      <translation>Интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="42" />
      <source>Plan interviews, follow their status and open one to take notes.</source>
      <translation>Планируйте интервью, следите за их статусом и открывайте интервью, чтобы вести заметки.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="45" />
      <source>Capture</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="46" />
      <source>Live note-taking: type a line, press Enter, tag it as a job, pain or gain from the keyboard.</source>
      <translation>Заметки в ходе интервью: наберите строку, нажмите Enter и отметьте её как задачу, боль или выгоду с клавиатуры.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="50" />
      <source>Canvas</source>
      <translation>Канвас</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="51" />
      <source>Value Proposition Canvas boards, one per segment, with the evidence behind every card and the fit score.</source>
      <translation>Доски Value Proposition Canvas, по одной на сегмент: за каждой карточкой — свидетельства, и оценка соответствия.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="55" />
      <source>Segments</source>
      <translation>Сегменты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="56" />
      <source>Score the partner segments and see which one to focus on.</source>
      <translation>Оцените сегменты партнёров и решите, на каком сосредоточиться.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="59" />
      <source>Backlog</source>
      <translation>Бэклог</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="60" />
      <source>The partner backlog: gaps found on the boards, prioritised by evidence, triaged from the keyboard.</source>
      <translation>Партнёрский бэклог: пробелы, найденные на досках, с приоритетом по свидетельствам и разбором с клавиатуры.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="64" />
      <source>Program</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/screens/__init__.py" line="65" />
      <source>The partner program on three pillars: financial motivation, operational service, product development.</source>
      <translation>Партнёрская программа на трёх опорах: финансовая мотивация, операционный сервис, развитие продукта.</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../workbench/ui/interviews/search_dialog.py" line="77" />
      <source>Search statements</source>
      <translation>Поиск по высказываниям</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/search_dialog.py" line="78" />
      <source>Words to search for, in any form</source>
      <translation>Слова для поиска, в любой форме</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/search_dialog.py" line="79" />
      <source>Matching statements: Enter opens the interview there</source>
      <translation>Найденные высказывания: Enter открывает интервью на этом месте</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/search_dialog.py" line="80" />
      <source>Words in any form: “выплата” finds “выплаты”, “выплат”</source>
      <translation>Слова в любой форме: «выплата» найдёт «выплаты», «выплат»</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/search_dialog.py" line="81" />
      <source>Preparing the word-form index…</source>
      <translation>Готовим индекс словоформ…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/search_dialog.py" line="95" />
      <source>%1 statements indexed. Enter opens the interview at the statement.</source>
      <translation>Проиндексировано высказываний: %1. Enter открывает интервью на этом высказывании.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/interviews/search_dialog.py" line="119" />
      <source>%1 found in %2 ms. Enter opens the interview at the statement.</source>
      <translation>Найдено: %1 за %2 мс. Enter открывает интервью на этом высказывании.</translation>
    </message>
  </context>
  <context>
    <name>SegmentScoresModel</name>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="62" />
      <source>Rank</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/models/partners_segments.py" line="64" />
      <source>Partners</source>
      <translation>Партнёров</translation>
    </message>
  </context>
  <context>
    <name>SegmentsPage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="185" />
      <source>Segments to research</source>
      <translation>Сегменты для исследования</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="186" />
      <source>One segment per line. Each segment gets its own canvas board, ideal-partner profile and interview target.</source>
      <translation>По одному сегменту в строке. У каждого сегмента своя доска канваса, профиль идеального партнёра и цель по интервью.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="188" />
      <source>&amp;Segments (one per line):</source>
      <translation>&amp;Сегменты (по одному в строке):</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="189" />
      <source>amoCRM integrators</source>
      <translation>Интеграторы amoCRM</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="189" />
      <source>Bitrix24 integrators</source>
      <translation>Интеграторы Bitrix24</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="203" />
      <source>Segments: %1</source>
      <translation>Сегментов: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="208" />
      <source>A segment name is longer than 200 characters: shorten it.</source>
      <translation>Название сегмента длиннее 200 символов: сократите его.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="210" />
      <source>Name at least one segment to research.</source>
      <translation>Укажите хотя бы один сегмент для исследования.</translation>
    </message>
  </context>
  <context>
    <name>SegmentsScreen</name>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="276" />
      <source>Segment scores</source>
      <extracomment>the narrowest the charts are drawn (px): below it the legend no longer fits the reads of the screen: the newest is shown the last read applied (tests look at the thread it was read in)</extracomment>
      <translation>Оценки сегментов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="277" />
      <source>Research funnel by segment</source>
      <translation>Воронка исследования по сегментам</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="278" />
      <source>Scoring criteria</source>
      <translation>Критерии оценки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="282" />
      <source>%1: value, 0 to 10</source>
      <translation>%1: значение от 0 до 10</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="284" />
      <source>%1: weight</source>
      <translation>%1: вес</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="286" />
      <source>Criteria of the selected segment</source>
      <translation>Критерии выбранного сегмента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="287" />
      <source>Value (0–10)</source>
      <translation>Значение (0–10)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="288" />
      <source>Weight</source>
      <translation>Вес</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="289" />
      <source>Interview target</source>
      <translation>Цель по интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="290" />
      <source>How many interviews this segment needs (the domain suggests 20–30).</source>
      <translation>Сколько интервью нужно по этому сегменту (рекомендуется 20–30).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="292" />
      <source>The first five are the team's judgement (cost to serve counts inversely: 10 = most expensive). The last four are computed from the research: partners interviewed against the target, severity and frequency of pains, the board's fit, tagged statements. Changes recalculate at once; Ctrl+Z undoes.</source>
      <translation>Первые пять — оценка команды (стоимость обслуживания учитывается наоборот: 10 — дороже всего). Последние четыре считаются по исследованию: доля проинтервьюированных от цели, острота и частота болей, соответствие доски, размеченные высказывания. Всё пересчитывается сразу; Ctrl+Z отменяет.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="295" />
      <source>Ranked scores</source>
      <translation>Рейтинг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="295" />
      <source>Radar</source>
      <translation>Радар</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="295" />
      <source>Attractiveness vs ability to win</source>
      <translation>Привлекательность и способность выиграть</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="297" />
      <source>Sensitivity ±20%</source>
      <translation>Чувствительность ±20%</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="299" />
      <source>Sensitivity of the ranking to each weight</source>
      <translation>Чувствительность рейтинга к каждому весу</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="300" />
      <source>Only the moves that change the ranking</source>
      <translation>Только сдвиги, меняющие рейтинг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="304" />
      <source>Export Chart…</source>
      <translation>Экспорт диаграммы…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="305" />
      <source>Save the chart on show as PNG or SVG (Ctrl+Shift+E)</source>
      <translation>Сохранить показанную диаграмму в PNG или SVG (Ctrl+Shift+E)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="306" />
      <source>Research funnel (the domain's aim: 20–30 interviews per segment)</source>
      <translation>Воронка исследования (цель: 20–30 интервью на сегмент)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="307" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="308" />
      <source>No segments yet</source>
      <translation>Сегментов пока нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="309" />
      <source>Segments come with the partners: import a partner list into a segment (for example “amoCRM integrators”) on the Partners screen, then score the segments here.</source>
      <translation>Сегменты появляются вместе с партнёрами: импортируйте список партнёров в сегмент (например, «Интеграторы amoCRM») на экране «Партнёры», а затем оцените сегменты здесь.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="310" />
      <source>Go to Partners</source>
      <translation>К партнёрам</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="403" />
      <source>Criteria of “%1”</source>
      <translation>Критерии сегмента «%1»</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="444" />
      <source>Segments</source>
      <translation>Сегменты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="446" />
      <source>Change segment criteria</source>
      <translation>Изменение критериев сегмента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="459" />
      <source>Sensitivity needs two segments or more.</source>
      <translation>Для анализа чувствительности нужно хотя бы два сегмента.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="468" />
      <source>The ranking holds when any weight moves by ±20%.</source>
      <translation>Рейтинг не меняется при изменении любого веса на ±20%.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="470" />
      <source>The ranking holds when any weight moves by ±20%; the closest two segments come within %1 points.</source>
      <translation>Рейтинг не меняется при сдвиге любого веса на ±20%; два ближайших сегмента сходятся до %1 балла.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="475" />
      <source>The ranking changes in %1 of %2 moves of a weight by ±20% (see the Sensitivity tab).</source>
      <translation>Рейтинг меняется в %1 из %2 сдвигов веса на ±20% (см. вкладку «Чувствительность»).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="478" />
      <source>%1 of %2 moves change the ranking; %3 put another segment first. Each row moves one weight in every segment and ranks them again.</source>
      <translation>%1 из %2 сдвигов меняют рейтинг; в %3 первым становится другой сегмент. Каждая строка сдвигает один вес во всех сегментах и заново их ранжирует.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="548" />
      <location filename="../../workbench/ui/segments/screen.py" line="583" />
      <source>Export Chart</source>
      <translation>Экспорт диаграммы</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="549" />
      <source>PNG image (*.png);;SVG drawing (*.svg)</source>
      <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/screen.py" line="580" />
      <source>Chart saved to %1</source>
      <translation>Диаграмма сохранена: %1</translation>
    </message>
  </context>
  <context>
    <name>SensitivityModel</name>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="98" />
      <source>Weight</source>
      <translation>Вес</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="98" />
      <source>Move</source>
      <translation>Сдвиг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="98" />
      <source>Ranking</source>
      <translation>Рейтинг</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="99" />
      <source>First after the move</source>
      <translation>Первый после сдвига</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="99" />
      <source>Gap</source>
      <translation>Разрыв</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="100" />
      <source>Order after the move</source>
      <translation>Порядок после сдвига</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="102" />
      <source>The smallest score difference between two neighbouring segments after the move, in points: the smaller it is, the closer the ranking came to changing.</source>
      <translation>Наименьшая разница в баллах между соседними сегментами после сдвига: чем она меньше, тем ближе рейтинг к перестановке.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="104" />
      <source>Whether the order of the segments differs from the order now.</source>
      <translation>Отличается ли порядок сегментов от текущего.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="114" />
      <source>changes</source>
      <translation>меняется</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="114" />
      <source>holds</source>
      <translation>не меняется</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="119" />
      <source>as now</source>
      <translation>как сейчас</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="135" />
      <source>%1 comes first instead of %2</source>
      <translation>%1 на первом месте вместо %2</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="136" />
      <source>Now: %1</source>
      <translation>Сейчас: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/segments/sensitivity.py" line="137" />
      <source>After the move: %1</source>
      <translation>После сдвига: %1</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="23" />
      <source>Keyboard Shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="27" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="27" />
      <source>Shortcut</source>
      <translation>Сочетание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="27" />
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="35" />
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="36" />
      <source>Search shortcuts</source>
      <translation>Поиск по сочетаниям</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="45" />
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
  </context>
  <context>
    <name>StaleDialog</name>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="94" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="95" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="96" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="97" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="98" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="99" />
      <source>Pillar</source>
      <translation>Направление</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="100" />
      <source>Importance</source>
      <translation>Важность</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="101" />
      <source>Zone</source>
      <translation>Зона</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="102" />
      <source>Owner</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="103" />
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="104" />
      <source>Research status</source>
      <translation>Статус исследования</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="105" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="106" />
      <source>Kind</source>
      <translation>Метка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="107" />
      <source>Severity</source>
      <translation>Острота</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="108" />
      <source>Fit links</source>
      <translation>Связи соответствия</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="109" />
      <source>Statements behind it</source>
      <translation>Высказывания за карточкой</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="110" />
      <source>Linked cards</source>
      <translation>Связанные карточки</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="120" />
      <source>partner</source>
      <translation>партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="121" />
      <source>card</source>
      <translation>карточка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="122" />
      <source>backlog item</source>
      <translation>элемент бэклога</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="123" />
      <source>statement</source>
      <translation>высказывание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="134" />
      <source>Someone else saved this first</source>
      <translation>Кто-то сохранил это раньше вас</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="140" />
      <source>%1 saved this %2 at %3, after you opened it.</source>
      <translation>%1 сохранил(а) изменения (%2) в %3 — уже после того, как вы открыли запись.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="143" />
      <source>Someone else saved this %1 after you opened it.</source>
      <translation>Кто-то другой сохранил изменения (%1) после того, как вы открыли запись.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="146" />
      <source>This %1 was deleted by someone else; your change was not saved.</source>
      <translation>Запись (%1) удалена другим пользователем; ваше изменение не сохранено.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="147" />
      <source>Your change was not saved yet. Nothing is lost until you choose.</source>
      <translation>Ваше изменение пока не сохранено. Ничего не потеряется, пока вы не выберете.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="158" />
      <source>Fields changed by someone else</source>
      <translation>Поля, изменённые другим пользователем</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="161" />
      <source>&amp;Reload theirs</source>
      <translation>&amp;Загрузить их версию</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="162" />
      <source>Show what is saved now and drop your change</source>
      <translation>Показать сохранённое сейчас и отказаться от своего изменения</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="163" />
      <source>&amp;Overwrite with mine</source>
      <translation>&amp;Перезаписать моей</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="164" />
      <source>Save your values over theirs (their change stays in the history)</source>
      <translation>Сохранить ваши значения поверх их (их изменение останется в истории)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="165" />
      <source>&amp;Keep both</source>
      <translation>&amp;Оставить обе</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="166" />
      <source>Leave theirs as it is and save yours as a copy</source>
      <translation>Оставить их версию как есть, а вашу сохранить копией</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="172" />
      <source>&amp;Go ahead anyway</source>
      <translation>&amp;Всё равно продолжить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/stale.py" line="173" />
      <source>Do what you asked even though they changed it (their change stays in the history)</source>
      <translation>Выполнить ваше действие, хотя запись изменили (их изменение останется в истории)</translation>
    </message>
  </context>
  <context>
    <name>StaleEdit</name>
    <message>
      <location filename="../../workbench/ui/undo.py" line="158" />
      <source>Saved over the other change; it stays in the history.</source>
      <extracomment>undo/redo may take longer than a frame: run them in a thread while the window keeps painting</extracomment>
      <translation>Сохранено поверх чужого изменения; оно осталось в истории.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/undo.py" line="163" />
      <source>Kept both: their version stays, yours was saved as a copy.</source>
      <translation>Оставлены оба: их версия на месте, ваша сохранена копией.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/undo.py" line="170" />
      <source>Your change was not saved; your text is on the clipboard (Ctrl+V to use it).</source>
      <translation>Ваше изменение не сохранено; ваш текст в буфере обмена (Ctrl+V, чтобы вставить).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/undo.py" line="172" />
      <source>Your change was not saved; the screen shows what is saved now.</source>
      <translation>Ваше изменение не сохранено; на экране то, что сохранено сейчас.</translation>
    </message>
  </context>
  <context>
    <name>StatementDelegate</name>
    <message>
      <location filename="../../workbench/ui/capture/delegate.py" line="33" />
      <source>severity %1</source>
      <translation>важность %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/delegate.py" line="35" />
      <source>quote</source>
      <translation>цитата</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/delegate.py" line="37" />
      <source>follow-up</source>
      <translation>уточнить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/delegate.py" line="44" />
      <source>saved</source>
      <translation>сохранено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/delegate.py" line="46" />
      <source>kept locally</source>
      <translation>локально</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/delegate.py" line="48" />
      <source>not saved</source>
      <translation>не сохранено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/capture/delegate.py" line="49" />
      <source>saving…</source>
      <translation>сохранение…</translation>
    </message>
  </context>
  <context>
    <name>StepPage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="118" />
      <source>skipped</source>
      <translation>пропущено</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="136" />
      <source>Not saved: %1</source>
      <translation>Не сохранено: %1</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="233" />
      <source>Ready to create</source>
      <translation>Всё готово</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="234" />
      <source>Check the project, then press Create. Four steps follow; each is saved at once and each can be skipped.</source>
      <translation>Проверьте проект и нажмите «Создать». Дальше четыре шага: каждый сохраняется сразу, любой можно пропустить.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="236" />
      <source>&amp;Create</source>
      <translation>&amp;Создать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="243" />
      <source>Project</source>
      <translation>Проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="244" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="246" />
      <source>Then</source>
      <translation>Затем</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="248" />
      <source>import a partner list for each segment</source>
      <translation>импорт списка партнёров для каждого сегмента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="249" />
      <source>invite the best N partners of each segment by the ideal-partner profile</source>
      <translation>приглашение N лучших партнёров каждого сегмента по профилю идеального партнёра</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="250" />
      <source>choose the interview guide</source>
      <translation>выбор гайда интервью</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="251" />
      <source>plan the interviews with the invited partners</source>
      <translation>планирование интервью с приглашёнными партнёрами</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project.py" line="246" />
      <source>Segments</source>
      <translation>Сегменты</translation>
    </message>
  </context>
  <context>
    <name>SurveysPanel</name>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="115" />
      <source>Each round is a spreadsheet with one answer per row: partner, backlog item or pain, rating 1–5 and a comment. Ratings refresh the impact and confidence of the items they name; the Items tab shows each item's priority across rounds.</source>
      <translation>Каждый раунд — таблица, один ответ в строке: партнёр, пункт бэклога или боль, оценка от 1 до 5 и комментарий. Оценки обновляют влияние и уверенность названных пунктов; на вкладке «Пункты» виден приоритет каждого пункта по раундам.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="118" />
      <source>Import a survey round…</source>
      <translation>Импорт раунда опроса…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="119" />
      <source>Delete round</source>
      <translation>Удалить раунд</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="120" />
      <source>No survey rounds yet. Import one after the next partner survey.</source>
      <translation>Опросов пока нет. Импортируйте раунд после следующего опроса партнёров.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="125" />
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="133" />
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="149" />
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="244" />
      <source>Import a survey round</source>
      <translation>Импорт раунда опроса</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="126" />
      <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
      <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="134" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="134" />
      <source>Backlog item or pain</source>
      <translation>Пункт бэклога или боль</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="135" />
      <source>Rating 1–5</source>
      <translation>Оценка 1–5</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="135" />
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="150" />
      <source>Import the usable rows and skip the others?</source>
      <translation>Импортировать пригодные строки и пропустить остальные?</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="112" />
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="156" />
      <source>Survey rounds</source>
      <extracomment>the reads of the panel: the newest is shown answers read since the last reload, by round; the round shown; the answers task in flight</extracomment>
      <translation>Раунды опросов</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="113" />
      <source>Survey answers</source>
      <translation>Ответы опроса</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="244" />
      <source>Name of the round:</source>
      <translation>Название раунда:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="272" />
      <source>Importing the survey round…</source>
      <translation>Импорт раунда опроса…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="286" />
      <source>Import survey round</source>
      <translation>Импорт раунда опроса</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="287" />
      <source>Imported %1 answers (%2 rows skipped).</source>
      <translation>Импортировано ответов: %1 (пропущено строк: %2).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="290" />
      <source>Partners not in the project: %1.</source>
      <translation>Партнёров нет в проекте: %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/backlog/surveys_panel.py" line="315" />
      <source>Delete survey round</source>
      <translation>Удалить раунд опроса</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="../../workbench/ui/tasks.py" line="386" />
      <source>Cancel</source>
      <extracomment>a job that froze the window longer than this is logged at INFO (the goal is 16 ms, never above 50) how often the UI takes the latest progress of a running task (20 updates a second is smooth enough) CPython's GIL switch interval while a task runs (the default is 5 ms); see :func:`_switch_faster` while a task runs, its database statements step aside for the UI thread at least this often while a task runs, a full garbage collection waits for this many collections of the middle generation (the default is 10): in practice none happens until the last task ends how often a frequent task (a table reload) freezes the heap: what was made since the last freeze is little called with every progress report, in the worker's thread (a task leaves it None: the UI polls) how many progress updates reached the UI (at most one per PROGRESS_INTERVAL_MS) the longest freeze of the window while it ran, when run with :func:`show_progress` the read on its way, if any</extracomment>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>TeamOpenDialog</name>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="39" />
      <source>Open Team Project</source>
      <translation>Открыть командный проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="41" />
      <source>A team project lives on a PostgreSQL server, so several people can work in it at once. Ask whoever set up the server for these details.</source>
      <translation>Командный проект хранится на сервере PostgreSQL, чтобы в нём могли работать несколько человек одновременно. Эти данные сообщит тот, кто настроил сервер.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="58" />
      <source>leave empty if you use ~/.pgpass</source>
      <translation>оставьте пустым, если используете ~/.pgpass</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="62" />
      <source>Shown to your colleagues in the history and when your saves cross</source>
      <translation>Это имя коллеги увидят в истории и при одновременных правках</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="64" />
      <source>Project &amp;URL:</source>
      <translation>&amp;Адрес проекта (URL):</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="65" />
      <source>or &amp;server:</source>
      <translation>или &amp;сервер:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="66" />
      <source>&amp;Port:</source>
      <translation>&amp;Порт:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="67" />
      <source>&amp;Database:</source>
      <translation>&amp;База данных:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="68" />
      <source>&amp;Login:</source>
      <translation>&amp;Логин:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="69" />
      <source>Pass&amp;word:</source>
      <translation>Па&amp;роль:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="70" />
      <source>Your &amp;name in the team:</source>
      <translation>Ваше &amp;имя в команде:</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/team_open.py" line="112" />
      <source>A team project URL starts with postgresql+psycopg://</source>
      <translation>Адрес командного проекта начинается с postgresql+psycopg://</translation>
    </message>
  </context>
  <context>
    <name>TopPage</name>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="327" />
      <source>The best partners of each segment</source>
      <translation>Лучшие партнёры каждого сегмента</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="328" />
      <source>Partners are ranked by the segment's ideal-partner profile; the best N of each segment are marked invited, the others stay candidates.</source>
      <translation>Партнёры ранжируются по профилю идеального партнёра их сегмента; N лучших в каждом сегменте получают статус «приглашён», остальные остаются кандидатами.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="330" />
      <source>&amp;Invite</source>
      <translation>&amp;Пригласить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="331" />
      <source>Segment</source>
      <translation>Сегмент</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="331" />
      <source>Partners</source>
      <translation>Партнёров</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="331" />
      <source>Invite the best</source>
      <translation>Пригласить лучших</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="338" />
      <source>No segment has partners yet: skip this step and invite partners later (Partners → Invite Top N…).</source>
      <translation>Ни в одном сегменте пока нет партнёров: пропустите этот шаг и пригласите партнёров позже (Партнёры → Пригласить лучших…).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="340" />
      <source>How many partners of each segment to interview (at most as many as it has).</source>
      <translation>Сколько партнёров каждого сегмента позвать на интервью (не больше, чем в сегменте есть).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="345" />
      <source>&lt;b&gt;Ideal-partner profile:&lt;/b&gt; %1. Change a segment's weights later on the Partners screen (Ctrl+Shift+W); the ranks follow.</source>
      <translation>&lt;b&gt;Профиль идеального партнёра:&lt;/b&gt; %1. Веса сегмента можно изменить позже на экране «Партнёры» (Ctrl+Shift+W) — места пересчитаются.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="378" />
      <source>nobody invited</source>
      <translation>никто не приглашён</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="386" />
      <source>Ranking and inviting partners…</source>
      <translation>Ранжирование и приглашение партнёров…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/new_project_steps.py" line="387" />
      <source>%1 partners invited</source>
      <translation>приглашено партнёров: %1</translation>
    </message>
  </context>
  <context>
    <name>UndoStep</name>
    <message>
      <location filename="../../workbench/ui/blocking.py" line="60" />
      <source>Working…</source>
      <extracomment>how long the work may run before the dialog shows (shorter work shows nothing)</extracomment>
      <translation>Выполняется…</translation>
    </message>
  </context>
  <context>
    <name>WeightsDialog</name>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="120" />
      <source>Ideal Partner Profile — %1</source>
      <translation>Профиль идеального партнёра — %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="122" />
      <source>How much each criterion counts in the partner score (0–100). The score is the weighted share of the maximum, so only the proportions matter.</source>
      <translation>Насколько каждый критерий влияет на балл партнёра (0–100). Балл — взвешенная доля от максимума, поэтому важны только пропорции.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="140" />
      <source>Save and Rescore</source>
      <translation>Сохранить и пересчитать</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="148" />
      <source>Moscow and St Petersburg count fully, other million-plus cities 80%, other cities 50%, unknown 0.</source>
      <translation>Москва и Санкт-Петербург — полностью, другие города-миллионники — 80%, остальные города — 50%, неизвестный город — 0.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="150" />
      <source>Employees on a log scale: 1 person counts 0, 100 or more count fully.</source>
      <translation>Сотрудники по логарифмической шкале: 1 человек — 0, от 100 человек — полностью.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="151" />
      <location filename="../../workbench/ui/partners/dialogs.py" line="154" />
      <source>The 1–5 rating: 1 counts 0, 5 counts fully; unrated counts 0.</source>
      <translation>Оценка 1–5: 1 — 0, 5 — полностью; без оценки — 0.</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="152" />
      <source>The 1–5 rating, or the authority rank when unrated (1st counts fully, 50th counts 0).</source>
      <translation>Оценка 1–5, а без неё — место в рейтинге авторитета (1-е — полностью, 50-е — 0).</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/partners/dialogs.py" line="155" />
      <source>Clients on a log scale: 1 client counts 0, 500 or more count fully.</source>
      <translation>Клиенты по логарифмической шкале: 1 клиент — 0, от 500 клиентов — полностью.</translation>
    </message>
  </context>
</TS>