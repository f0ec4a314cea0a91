@echo off
rem kubelint for Windows: runs ..\lib\kubelint.jar of this distribution (or the jar KUBELINT_JAR names) with the
rem java of JAVA_HOME, else the java on the PATH; it never builds anything. Its own failures are one
rem "kubelint: error:" line and exit code 2, never 1 (which means findings).
setlocal
set "KUBELINT_JAR_FILE=%~dp0..\lib\kubelint.jar"
if defined KUBELINT_JAR set "KUBELINT_JAR_FILE=%KUBELINT_JAR%"
if not exist "%KUBELINT_JAR_FILE%" goto nojar
if defined JAVA_HOME goto javahome
where java >nul 2>nul || goto nojava
set "KUBELINT_JAVA=java"
goto run
:javahome
if not exist "%JAVA_HOME%\bin\java.exe" goto badjavahome
set "KUBELINT_JAVA=%JAVA_HOME%\bin\java.exe"
:run
"%KUBELINT_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %KUBELINT_JAVA_OPTS% -jar "%KUBELINT_JAR_FILE%" %*
exit /b %ERRORLEVEL%
:nojar
echo kubelint: error: no kubelint jar at %KUBELINT_JAR_FILE%: unpack the whole kubelint archive again, or set KUBELINT_JAR to a kubelint.jar 1>&2
exit /b 2
:nojava
echo kubelint: error: no Java found: install a JDK 17 or newer, for example Temurin from https://adoptium.net, and put its java on the PATH, or set JAVA_HOME 1>&2
exit /b 2
:badjavahome
echo kubelint: error: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe: point it at a JDK 17 or newer, or unset it to use the java on the PATH 1>&2
exit /b 2
