@echo off
rem Runs Baton from an installed release on Windows (bin\ beside lib\) with a Java 17 or later runtime:
rem JAVA_HOME's when it is set, else the first java.exe on the PATH. The first "baton run" records a
rem class-data-sharing archive (dynamic AppCDS) in %LOCALAPPDATA%\baton, named by Baton's and Java's versions,
rem never in the install folder; later runs map it. BATON_CDS=off turns that off; BATON_JAVA_OPTS adds JVM options.
setlocal EnableExtensions EnableDelayedExpansion
set "BATON_ROOT=%~dp0.."
if not exist "%BATON_ROOT%\lib\baton.jar" (
  echo baton: no baton.jar in %BATON_ROOT%\lib: the installation is incomplete; unpack the release again 1>&2
  exit /b 2
)
set "BATON_VERSION=dev"
if exist "%BATON_ROOT%\VERSION" set /p BATON_VERSION=<"%BATON_ROOT%\VERSION"

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  if not exist "!JAVA!" (
    echo baton: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; point it at a Java 17 or later runtime 1>&2
    exit /b 2
  )
) else (
  set "JAVA="
  for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA set "JAVA=%%j"
  if not defined JAVA (
    echo baton: no Java found: install a Java 17 or later runtime and put it on the PATH, or set JAVA_HOME to one 1>&2
    exit /b 2
  )
)

set "JAVA_VERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
set "JAVA_MAJOR=0"
for /f "tokens=1,2 delims=.-+_" %%a in ("%JAVA_VERSION%") do (
  set "JAVA_MAJOR=%%a"
  if "%%a"=="1" set "JAVA_MAJOR=%%b"
)
set /a JAVA_MAJOR_NUMBER=JAVA_MAJOR 2>nul
if !JAVA_MAJOR_NUMBER! LSS 17 (
  echo baton: Baton needs Java 17 or later; %JAVA% is Java %JAVA_VERSION% ^(set JAVA_HOME to a newer runtime^) 1>&2
  exit /b 2
)

set "FLAGS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xshare:auto"
set "CDS="
if /i not "%BATON_CDS%"=="off" if defined LOCALAPPDATA (
  set "CACHE=%LOCALAPPDATA%\baton"
  set "JSA=!CACHE!\baton-%BATON_VERSION%-java%JAVA_VERSION%.jsa"
  if exist "!JSA!" (
    set "CDS=-Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile=!JSA!"
  ) else if /i "%~1"=="run" (
    if not exist "!CACHE!" mkdir "!CACHE!" 2>nul
    if exist "!CACHE!" set "CDS=-Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit=!JSA!"
  )
)
"%JAVA%" %FLAGS% %CDS% %BATON_JAVA_OPTS% -cp "%BATON_ROOT%\lib\*" dev.baton.cli.BatonCommand %*
exit /b %ERRORLEVEL%
