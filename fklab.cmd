@echo off
rem Builds fklab's jar when it is missing or older than the sources, then runs it with the arguments given:
rem ./fklab for a Windows Command Prompt. Needs only a JDK 17+: the build runs mvnw.cmd, which fetches its
rem Maven once. Maven's output is shown only when the build fails.
setlocal

set "FKLAB_HERE=%~dp0"
set "FKLAB_JAR=%~dp0shell\target\fklab.jar"
set "FKLAB_ARCHIVE=%~dp0shell\target\fklab.jsa"

rem The Java that JAVA_HOME names, as Maven and the wrapper choose it, else the one on the PATH.
set "JAVA=java"
if not defined JAVA_HOME goto javaOnPath
set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA%" goto javaFound
>&2 echo fklab: JAVA_HOME is set to "%JAVA_HOME%", which has no bin\java.exe: point it at a JDK 17 or newer, or unset it.
exit /b 1
:javaOnPath
where java >nul 2>nul
if not errorlevel 1 goto javaFound
>&2 echo fklab: Java was not found: install a JDK 17 or newer, such as Eclipse Temurin, and run fklab again.
exit /b 1
:javaFound

rem Stale when the jar is missing, or a pom.xml or a file under a module's src\main is newer than it.
rem A class-data archive older than the jar is removed, to be made again below.
set "FKLAB_STALE="
if not exist "%FKLAB_JAR%" set "FKLAB_STALE=1"
if not defined FKLAB_STALE powershell -NoProfile -NonInteractive -Command ^
  "$jar = (Get-Item -LiteralPath $env:FKLAB_JAR).LastWriteTime;" ^
  "$a = Get-Item -LiteralPath $env:FKLAB_ARCHIVE -ErrorAction SilentlyContinue; if ($a -and $a.LastWriteTime -lt $jar) { Remove-Item -LiteralPath $a.FullName };" ^
  "$poms = Get-ChildItem -LiteralPath $env:FKLAB_HERE -Filter pom.xml -Recurse -Depth 1 -File;" ^
  "$sources = Get-ChildItem -LiteralPath $env:FKLAB_HERE -Directory | ForEach-Object { Join-Path $_.FullName 'src\main' } | Where-Object { Test-Path -LiteralPath $_ } | ForEach-Object { Get-ChildItem -LiteralPath $_ -Recurse -File };" ^
  "if (@($poms) + @($sources) | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1) { exit 1 } else { exit 0 }"
if errorlevel 1 set "FKLAB_STALE=1"
if not defined FKLAB_STALE goto run

>&2 echo Building fklab (the first run, or the sources changed): the first build downloads Maven and the
>&2 echo libraries fklab is built from, from Maven Central, about 60 MB once; then it takes a minute or so...
set "FKLAB_LOG=%TEMP%\fklab-build-%RANDOM%.log"
pushd "%FKLAB_HERE%"
call "%FKLAB_HERE%mvnw.cmd" -B -q -DskipTests package <nul >"%FKLAB_LOG%" 2>&1
set "FKLAB_BUILD=%ERRORLEVEL%"
popd
if "%FKLAB_BUILD%"=="0" goto built
findstr /C:"Could not transfer" /C:"Unknown host" /C:"UnknownHost" /C:"could not be resolved: 'repo" /C:"Unable to connect" "%FKLAB_LOG%" >nul 2>nul
if errorlevel 1 goto failed
>&2 echo fklab: the build could not download Maven or the libraries fklab is built from (about 60 MB, once) from Maven Central: connect to the network and run fklab again. Maven's output is in "%FKLAB_LOG%".
exit /b 1
:failed
>&2 type "%FKLAB_LOG%"
del "%FKLAB_LOG%" >nul 2>nul
>&2 echo fklab: the build failed; Maven's output is above.
exit /b 1
:built
del "%FKLAB_LOG%" >nul 2>nul
del "%FKLAB_ARCHIVE%" >nul 2>nul

:run
rem The start-up flags of ./fklab (its comments say why); a bulk load gets the full JIT and no archive.
set "FKLAB_BULK="
set "FKLAB_PREVIOUS="
for %%a in (%*) do call :bulk %%a
if defined FKLAB_BULK (
  set "FKLAB_OPTS=-XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:disable -Xlog:all=error:stderr"
) else (
  set "FKLAB_OPTS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:disable -Xlog:all=error:stderr"
)
if defined FKLAB_BULK goto start
if exist "%FKLAB_ARCHIVE%" goto archived
set "FKLAB_TRAINING=%TEMP%\fklab-training-%RANDOM%"
"%JAVA%" %FKLAB_OPTS% -jar "%FKLAB_JAR%" --workspace "%FKLAB_TRAINING%" -c "band list" >nul 2>nul
"%JAVA%" %FKLAB_OPTS% -XX:ArchiveClassesAtExit="%FKLAB_ARCHIVE%" -jar "%FKLAB_JAR%" --workspace "%FKLAB_TRAINING%" -c "band list" -c "listing list" -c "band show 1" >nul 2>nul
if errorlevel 1 del "%FKLAB_ARCHIVE%" >nul 2>nul
rmdir /s /q "%FKLAB_TRAINING%" >nul 2>nul
:archived
if exist "%FKLAB_ARCHIVE%" set "FKLAB_OPTS=%FKLAB_OPTS% -XX:SharedArchiveFile="%FKLAB_ARCHIVE%""

:start
"%JAVA%" %FKLAB_OPTS% %FKLAB_JAVA_OPTS% -jar "%FKLAB_JAR%" %*
exit /b %ERRORLEVEL%

rem Marks a bulk load: an argument that starts with "seed load", "seed generate" or "seed export", or a
rem --script file with such a line. Quotes inside the argument are dropped first, so that none can end the
rem comparisons' quotes early.
:bulk
set "FKLAB_ARG=%~1"
if defined FKLAB_ARG set "FKLAB_ARG=%FKLAB_ARG:"=%"
if "%FKLAB_ARG:~0,9%"=="seed load" set "FKLAB_BULK=1"
if "%FKLAB_ARG:~0,13%"=="seed generate" set "FKLAB_BULK=1"
if "%FKLAB_ARG:~0,11%"=="seed export" set "FKLAB_BULK=1"
rem the command given as words: fklab seed load a.csv b.csv
if "%FKLAB_PREVIOUS%"=="seed" if "%FKLAB_ARG%"=="load" set "FKLAB_BULK=1"
if "%FKLAB_PREVIOUS%"=="seed" if "%FKLAB_ARG%"=="generate" set "FKLAB_BULK=1"
if "%FKLAB_PREVIOUS%"=="seed" if "%FKLAB_ARG%"=="export" set "FKLAB_BULK=1"
set "FKLAB_AFTER=%FKLAB_PREVIOUS%"
set "FKLAB_PREVIOUS=%FKLAB_ARG%"
if not "%FKLAB_AFTER%"=="--script" exit /b 0
if not exist "%FKLAB_ARG%" exit /b 0
findstr /R /I /C:"^ *seed  *load" /C:"^ *seed  *generate" /C:"^ *seed  *export" "%FKLAB_ARG%" >nul 2>nul
if not errorlevel 1 set "FKLAB_BULK=1"
exit /b 0
