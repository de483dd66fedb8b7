// SPDX-License-Identifier: GPL-3.0-or-later
// A shared library with no Qt plugin metadata.
extern "C" int mlwb_test_not_a_plugin()
{
    return 42;
}
