<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>CitationButton</name>
    <message numerus="yes">
      <source>Copied %n citation(s) as {}</source>
      <translation>
        <numerusform>Copied %n citation as {}</numerusform>
        <numerusform>Copied %n citations as {}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n place(s)</source>
      <translation>
        <numerusform>%n place</numerusform>
        <numerusform>%n places</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n source(s)</source>
      <translation>
        <numerusform>%n source</numerusform>
        <numerusform>%n sources</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory line(s)</source>
      <translation>
        <numerusform>%n territory line</numerusform>
        <numerusform>%n territory lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory site(s)</source>
      <translation>
        <numerusform>%n territory site</numerusform>
        <numerusform>%n territory sites</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n territory(-ies)</source>
      <translation>
        <numerusform>%n territory</numerusform>
        <numerusform>%n territories</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message numerus="yes">
      <source>%n event(s) between</source>
      <translation>
        <numerusform>%n event between</numerusform>
        <numerusform>%n events between</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventList</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n event(s)</source>
      <translation>
        <numerusform>{shown} of %n event</numerusform>
        <numerusform>{shown} of %n events</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message numerus="yes">
      <source>%n more not listed</source>
      <translation>
        <numerusform>%n more not listed</numerusform>
        <numerusform>%n more not listed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <source>%n frame(s), {} s</source>
      <translation>
        <numerusform>%n frame, {} s</numerusform>
        <numerusform>%n frames, {} s</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>Add %n file(s)</source>
      <translation>
        <numerusform>Add %n file</numerusform>
        <numerusform>Add %n files</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Playback</name>
    <message numerus="yes">
      <source>{names} begin(s)</source>
      <translation>
        <numerusform>{names} begins</numerusform>
        <numerusform>{names} begin</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{names} end(s)</source>
      <translation>
        <numerusform>{names} ends</numerusform>
        <numerusform>{names} end</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message numerus="yes">
      <source>%n problem(s):</source>
      <translation>
        <numerusform>%n problem:</numerusform>
        <numerusform>%n problems:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>…and %n more: see Show Details.</source>
      <translation>
        <numerusform>…and %n more: see Show Details.</numerusform>
        <numerusform>…and %n more: see Show Details.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message numerus="yes">
      <source>No event of the %n matches “{query}”.</source>
      <translation>
        <numerusform>No event of the %n matches “{query}”.</numerusform>
        <numerusform>No event of the %n matches “{query}”.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StoryController</name>
    <message numerus="yes">
      <source>Opened {}: %n slide(s)</source>
      <translation>
        <numerusform>Opened {}: %n slide</numerusform>
        <numerusform>Opened {}: %n slides</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n citation(s) to {}</source>
      <translation>
        <numerusform>Wrote %n citation to {}</numerusform>
        <numerusform>Wrote %n citations to {}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StripPlot</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Validate</name>
    <message numerus="yes">
      <source>{file}: OK (%n warning(s))</source>
      <translation>
        <numerusform>{file}: OK (%n warning)</numerusform>
        <numerusform>{file}: OK (%n warnings)</numerusform>
      </translation>
    </message>
  </context>
</TS>
