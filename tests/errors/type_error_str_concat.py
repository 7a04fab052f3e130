# checks: TypeError "can only concatenate str" for str + int, with ~ and ^ markers under the binary operator
age = 30
label = "Age: " + age
