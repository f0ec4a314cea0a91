import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the report that can be written is written; the other is named with the reason, and fails the build
assert log.contains('[ERROR] kubelint: cannot write reports/kubelint.json: is a directory')
assert log.contains('[INFO] kubelint: reports in reports: kubelint.sarif')
assert log.contains('BUILD FAILURE')
assert log.contains(': kubelint: cannot write reports/kubelint.json: is a directory')
def sarif = new JsonSlurper().parse(new File(basedir, 'reports/kubelint.sarif'))
assert sarif.runs[0].results == []
// no temporary file is left next to the reports
assert (new File(basedir, 'reports').list() as List).sort() == ['kubelint.json', 'kubelint.sarif']
