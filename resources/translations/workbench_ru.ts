<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="172" />
      <source>&amp;File</source>
      <extracomment>emitted once, after the first paint with the project loaded</extracomment>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="173" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="174" />
      <source>&amp;Import</source>
      <translation>&amp;Импорт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="175" />
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="176" />
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="177" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="178" />
      <source>&amp;Theme</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="179" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="180" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="181" />
      <source>&amp;New Project…</source>
      <translation>&amp;Новый проект…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="182" />
      <source>&amp;Open Project…</source>
      <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="183" />
      <source>Save a &amp;Copy…</source>
      <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="184" />
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="185" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="186" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="187" />
      <location filename="../../workbench/ui/main_window.py" line="190" />
      <source>Follow the &amp;System</source>
      <translation>Как в &amp;системе</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="188" />
      <source>&amp;Light</source>
      <translation>&amp;Светлая</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="189" />
      <source>&amp;Dark</source>
      <translation>&amp;Тёмная</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="193" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="194" />
      <source>&amp;About Workbench</source>
      <translation>&amp;О программе Workbench</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="202" />
      <source>Screens</source>
      <translation>Экраны</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="264" />
      <source>Workbench projects (*%1);;All files (*)</source>
      <translation>Проекты Workbench (*%1);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="270" />
      <location filename="../../workbench/ui/main_window.py" line="278" />
      <source>New Project</source>
      <translation>Новый проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="284" />
      <location filename="../../workbench/ui/main_window.py" line="295" />
      <source>Open Project</source>
      <translation>Открыть проект</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="304" />
      <source>No recent projects</source>
      <translation>Недавних проектов нет</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="317" />
      <location filename="../../workbench/ui/main_window.py" line="320" />
      <location filename="../../workbench/ui/main_window.py" line="327" />
      <source>Save a Copy</source>
      <translation>Сохранить копию</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="318" />
      <source>A team project lives on its server; use 'workbench db copy' to copy it to a file.</source>
      <translation>Командный проект хранится на сервере; чтобы скопировать его в файл, используйте «workbench db copy».</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="327" />
      <source>The copy could not be written: %1</source>
      <translation>Не удалось записать копию: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="330" />
      <source>Copy saved to %1</source>
      <translation>Копия сохранена: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="368" />
      <source>About Workbench</source>
      <translation>О программе Workbench</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="369" />
      <source>&lt;b&gt;Workbench %1&lt;/b&gt;&lt;p&gt;Partner research: interviews, Value Proposition Canvas boards, the partner backlog and the program structure. Everything stays on this computer.&lt;/p&gt;</source>
      <translation>&lt;b&gt;Workbench %1&lt;/b&gt;&lt;p&gt;Исследование партнёров: интервью, доски Value Proposition Canvas, партнёрский бэклог и структура программы. Все данные остаются на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="378" />
      <source>Project: %1</source>
      <translation>Проект: %1</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/main_window.py" line="382" />
      <source>All changes saved</source>
      <translation>Все изменения сохранены</translation>
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
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="15" />
      <source>Keyboard Shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="18" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="18" />
      <source>Shortcut</source>
      <translation>Сочетание</translation>
    </message>
    <message>
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="26" />
      <location filename="../../workbench/ui/dialogs/shortcuts.py" line="27" />
      <source>Search shortcuts</source>
      <translation>Поиск по сочетаниям</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="../../workbench/ui/tasks.py" line="138" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
</TS>