@echo off
rem kubelint launcher for Windows, for a checkout of this repository: runs linter-cli\target\kubelint.jar, building
rem it first with the Maven wrapper and this repository's own pom.xml when it is missing (to rebuild after changing
rem the sources, delete the jar or run the build below). Works from any working directory. Needs a JDK 17 or newer
rem (JAVA_HOME, or java on the PATH). KUBELINT_JAR=C:\path\to\kubelint.jar runs that jar instead and never builds.
rem Its own failures are one "kubelint: error:" line and exit code 2, never 1 (which means findings).
setlocal
set "KUBELINT_REPO=%~dp0"
set "KUBELINT_JAR_FILE=%KUBELINT_REPO%linter-cli\target\kubelint.jar"
if defined KUBELINT_JAR goto given
if defined JAVA_HOME goto javahome
where java >nul 2>nul || goto nojava
set "KUBELINT_JAVA=java"
goto build
:javahome
if not exist "%JAVA_HOME%\bin\java.exe" goto badjavahome
set "KUBELINT_JAVA=%JAVA_HOME%\bin\java.exe"
:build
if exist "%KUBELINT_JAR_FILE%" goto run
echo kubelint: first run: building %KUBELINT_JAR_FILE% from source with the Maven wrapper, without tests; 1 to 3 minutes, and the first build on a machine downloads Maven and the dependencies from Maven Central ... 1>&2
set "KUBELINT_LOG=%TEMP%\kubelint-build-%RANDOM%.log"
pushd "%KUBELINT_REPO%"
call "%KUBELINT_REPO%mvnw.cmd" -B -f "%KUBELINT_REPO%pom.xml" -DskipTests -pl linter-cli -am package > "%KUBELINT_LOG%" 2>&1
set "KUBELINT_BUILD=%ERRORLEVEL%"
popd
if not "%KUBELINT_BUILD%"=="0" goto buildfailed
if not exist "%KUBELINT_JAR_FILE%" goto buildfailed
del "%KUBELINT_LOG%" >nul 2>nul
goto run
:given
if not exist "%KUBELINT_JAR%" goto nojar
set "KUBELINT_JAR_FILE=%KUBELINT_JAR%"
set "KUBELINT_JAVA=java"
if defined JAVA_HOME set "KUBELINT_JAVA=%JAVA_HOME%\bin\java.exe"
:run
"%KUBELINT_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %KUBELINT_JAVA_OPTS% -jar "%KUBELINT_JAR_FILE%" %*
exit /b %ERRORLEVEL%
:nojar
echo kubelint: error: KUBELINT_JAR names no file: %KUBELINT_JAR% 1>&2
exit /b 2
:nojava
echo kubelint: error: no Java found: install a JDK 17 or newer, for example Temurin from https://adoptium.net, and put its java on the PATH, or set JAVA_HOME 1>&2
exit /b 2
:badjavahome
echo kubelint: error: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe: point it at a JDK 17 or newer, or unset it to use the java on the PATH 1>&2
exit /b 2
:buildfailed
echo kubelint: error: building kubelint.jar failed; the build log is %KUBELINT_LOG% - retry by hand with: cd /d %KUBELINT_REPO% ^&^& mvnw.cmd -B -DskipTests -pl linter-cli -am package 1>&2
exit /b 2
